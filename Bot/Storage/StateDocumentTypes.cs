using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>The type names of the shapes <see cref="StateDocumentWriter"/> and <see cref="StateDocumentReader"/> handle, as the serializer writes them.</summary>
internal static class StateDocumentTypes
{
    private static readonly StateTypeBinder Binder = new();

    public static readonly string Dictionary = NameOf(typeof(Dictionary<string, object>));
    public static readonly string DialogState = NameOf(typeof(DialogState));
    public static readonly string CaseFile = NameOf(typeof(CaseFile));
    public static readonly string IntakeStart = NameOf(typeof(IntakeStart));
    public static readonly string PromptOptions = NameOf(typeof(PromptOptions));
    public static readonly string TranscriptLine = NameOf(typeof(TranscriptLine));

    // Json.NET's form of a name the binder gives: "type, assembly", or the type alone.
    private static string NameOf(Type type)
    {
        Binder.BindToName(type, out var assemblyName, out var typeName);
        return assemblyName is null ? typeName! : $"{typeName}, {assemblyName}";
    }
}
