using Newtonsoft.Json;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// StateSerializer's settings without its hand-written paths: the serializer as every earlier version ran it, which the
/// hand-written state writer, reader and copies are compared with.
/// </summary>
internal static class SerializerReference
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Auto,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
        SerializationBinder = new StateTypeBinder(),
    });

    public static string Write(object? value)
    {
        using var text = new StringWriter();
        Serializer.Serialize(new JsonTextWriter(text), value, typeof(object));
        return text.ToString();
    }

    public static object? Read(string document) =>
        Serializer.Deserialize(new JsonTextReader(new StringReader(document)) { MaxDepth = null });
}
