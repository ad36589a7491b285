using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// Reads values back from dialog state whatever the storage's JSON made of them: typed objects with
/// type names, <see cref="JToken"/>s without, and widened primitives (int as long, decimal as double).
/// </summary>
public static class StateValues
{
    public static T? GetValue<T>(this IDictionary<string, object> state, string key) =>
        state.TryGetValue(key, out var value) ? Read<T>(value) : default;

    public static T? Read<T>(object? value)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value switch
        {
            null => default,
            T typed => typed,
            JToken token => token.ToObject<T>(),
            DateTime dateTime when target == typeof(DateTimeOffset) => (T)(object)new DateTimeOffset(dateTime),
            DateTime dateTime when target == typeof(string) => (T)(object)dateTime.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset dateTime when target == typeof(string) => (T)(object)dateTime.ToString("O", CultureInfo.InvariantCulture),
            string text when target == typeof(DateTimeOffset) => (T)(object)DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            IConvertible convertible => (T)convertible.ToType(target, CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Dialog state holds a {value.GetType().Name} where a {typeof(T).Name} was expected."),
        };
    }
}
