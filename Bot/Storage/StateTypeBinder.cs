using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Names the types in stored state: by their <see cref="StateTypeAliases"/> where they have one, otherwise by assembly-qualified
/// name, as earlier versions named all of them. Reading resolves an alias only from that table and a full name only to a type
/// of the runtime's core collections, Json.NET, Bot Framework or this app, so a tampered document in a shared Redis cannot
/// instantiate arbitrary types.
/// </summary>
public sealed partial class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblies = ["System.Private.CoreLib", "System.Collections", "Newtonsoft.Json"];
    private static readonly string[] AllowedAssemblyPrefixes = ["Microsoft.Bot.", "Vivus.Advisor."];

    private readonly DefaultSerializationBinder _resolver = new();

    // Both are asked for every type name read or written, every turn; the answers never change.
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Only an alias comes without an assembly.
        if (assemblyName is null)
        {
            return StateTypeAliases.TypeByAlias.TryGetValue(typeName, out var aliased) ? aliased : throw MayNotHold(typeName);
        }
        var type = _resolver.BindToType(assemblyName, typeName);
        return _allowed.GetOrAdd(type, IsAllowed) ? type : throw MayNotHold(typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        (assemblyName, typeName) = _names.GetOrAdd(serializedType, NameOf);

    private (string?, string?) NameOf(Type type)
    {
        if (StateTypeAliases.AliasByType.TryGetValue(type, out var alias))
        {
            return (null, alias);
        }
        // Shortened once here rather than by Json.NET on every write (the serializer writes names as given): the same
        // names as earlier versions wrote.
        _resolver.BindToName(type, out var assemblyName, out var typeName);
        return (WithoutVersion(assemblyName), WithoutVersion(typeName));
    }

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
