using System.Collections;
using System.Reflection;
using Vivus.Advisor.Bot.Endpoints;
using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>
/// Every configuration key the app reads, found by reflection so that keys added later are seen: the settable
/// properties of each public class with a <c>public const string SectionName</c> in the Bot and Knowledge
/// assemblies, plus the root keys Bot Framework reads itself.
/// </summary>
public static class OptionsKeys
{
    /// <summary>Read by ConfigurationBotFrameworkAuthentication at the configuration root.</summary>
    public static readonly string[] BotFrameworkKeys = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];

    private static readonly Assembly[] AppAssemblies = [typeof(BotMessagesEndpoint).Assembly, typeof(ContactOptions).Assembly];

    /// <summary>Section name of every options class, to the class.</summary>
    public static IReadOnlyDictionary<string, Type> Sections { get; } = AppAssemblies
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => t.IsClass)
        .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string))
        .ToDictionary(x => (string)x.Field!.GetRawConstantValue()!, x => x.Type);

    /// <summary>Keys in configuration syntax ("WebChat:DirectLineSecret"); a collection is one key.</summary>
    public static IReadOnlySet<string> All { get; } = Sections
        .SelectMany(s => Walk(s.Value, s.Key, depth: 0))
        .Concat(BotFrameworkKeys)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>"WebChat__DirectLineSecret" (an environment variable or app setting) as "WebChat:DirectLineSecret".</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    private static IEnumerable<string> Walk(Type type, string prefix, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"{prefix}: options nest too deep (a cycle?).");
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = $"{prefix}:{property.Name}";
            if (IsLeaf(property.PropertyType))
            {
                yield return key;
            }
            else
            {
                foreach (var nested in Walk(property.PropertyType, key, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    // A value the binder sets from one key (or, for collections, from indexed keys under it).
    private static bool IsLeaf(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum
            || plain == typeof(string) || plain == typeof(decimal) || plain == typeof(Uri) || plain == typeof(Guid)
            || plain == typeof(TimeSpan) || plain == typeof(DateTime) || plain == typeof(DateTimeOffset)
            || plain == typeof(DateOnly) || plain == typeof(TimeOnly)
            || typeof(IEnumerable).IsAssignableFrom(plain);
    }
}
