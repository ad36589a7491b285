using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Names the types in stored state and resolves the names back only to types of the runtime's core collections, Json.NET,
/// Bot Framework or this app, so a tampered document in a shared Redis cannot instantiate arbitrary types.
/// Generic collections of the core library are named without assembly names
/// ("System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]"), any other type by its assembly-qualified
/// name without version: the long names of the collections were most of a mid-intake document, and the short form is
/// one every version, earlier ones included, resolves, so instances of both can share a Redis during an upgrade.
/// </summary>
public sealed partial class StateTypeBinder : ISerializationBinder
{
    private const string CoreCollectionsNamespace = "System.Collections.Generic.";

    private static readonly string[] AllowedAssemblies = ["System.Private.CoreLib", "System.Collections", "Newtonsoft.Json"];
    private static readonly string[] AllowedAssemblyPrefixes = ["Microsoft.Bot.", "Vivus.Advisor."];

    private readonly DefaultSerializationBinder _resolver = new();

    // Both are asked for every type name read or written, every turn; the answers never change.
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Only a core collection is named without its assembly; nothing else is looked up by a bare name.
        if (assemblyName is null && !typeName.StartsWith(CoreCollectionsNamespace, StringComparison.Ordinal))
        {
            throw MayNotHold(typeName);
        }
        var type = _resolver.BindToType(assemblyName, typeName);
        return _allowed.GetOrAdd(type, IsAllowed) ? type : throw MayNotHold(typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        (assemblyName, typeName) = _names.GetOrAdd(serializedType, NameOf);

    private (string?, string?) NameOf(Type type)
    {
        if (IsCoreCollection(type))
        {
            return (null, CoreName(type));
        }
        // Shortened once here rather than by Json.NET on every write (the serializer writes names as given).
        _resolver.BindToName(type, out var assemblyName, out var typeName);
        return (WithoutVersion(assemblyName), WithoutVersion(typeName));
    }

    private static bool IsCoreCollection(Type type) =>
        type.IsGenericType && type.FullName?.StartsWith(CoreCollectionsNamespace, StringComparison.Ordinal) == true && IsCoreLibrary(type);

    private static bool IsCoreLibrary(Type type) =>
        type.Assembly == typeof(object).Assembly && (!type.IsGenericType || type.GetGenericArguments().All(IsCoreLibrary));

    private static string CoreName(Type type) => type.IsGenericType
        ? $"{type.GetGenericTypeDefinition().FullName}[{string.Join(",", type.GetGenericArguments().Select(argument => $"[{CoreName(argument)}]"))}]"
        : type.FullName!;

    private static string? WithoutVersion(string? name) => name is null ? null : AssemblyDetails().Replace(name, "");

    [GeneratedRegex(@", (?:Version|Culture|PublicKeyToken)=[^,\]]*")]
    private static partial Regex AssemblyDetails();

    private static InvalidOperationException MayNotHold(string typeName) =>
        new($"Stored state names a type that state may not hold: {typeName}");

    private static bool IsAllowed(Type type)
    {
        if (type.HasElementType)
        {
            return IsAllowed(type.GetElementType()!);
        }
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return false;
        }
        var assembly = type.Assembly.GetName().Name ?? "";
        var fromAllowedAssembly = AllowedAssemblies.Contains(assembly)
            || AllowedAssemblyPrefixes.Any(p => assembly.StartsWith(p, StringComparison.Ordinal));
        return fromAllowedAssembly && (!type.IsGenericType || type.GetGenericArguments().All(IsAllowed));
    }
}
