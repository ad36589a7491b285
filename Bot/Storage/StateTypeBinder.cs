using System.Collections.Concurrent;
using Newtonsoft.Json.Serialization;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Resolves the "$type" names in stored state only to types of the runtime's core collections, Json.NET,
/// Bot Framework and this app, so a tampered document in a shared Redis cannot instantiate arbitrary types.
/// </summary>
public sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblies = ["System.Private.CoreLib", "System.Collections", "Newtonsoft.Json"];
    private static readonly string[] AllowedAssemblyPrefixes = ["Microsoft.Bot.", "Vivus.Advisor."];

    private readonly DefaultSerializationBinder _resolver = new();

    // Both are asked for every type name read or written, every turn; the answers never change.
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = _resolver.BindToType(assemblyName, typeName);
        if (!_allowed.GetOrAdd(type, IsAllowed))
        {
            throw new InvalidOperationException($"Stored state names a type that state may not hold: {typeName}");
        }
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        (assemblyName, typeName) = _names.GetOrAdd(serializedType, NameOf);

    private (string?, string?) NameOf(Type type)
    {
        _resolver.BindToName(type, out var assemblyName, out var typeName);
        return (assemblyName, typeName);
    }

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
