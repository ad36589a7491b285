using System.Collections;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>Structured log state whose values are redacted, so providers keep their named properties.</summary>
public sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _text;

    private RedactedLogState(KeyValuePair<string, object?>[] values, string text)
    {
        _values = values;
        _text = text;
    }

    public static RedactedLogState From<TState>(TState state, string? formattedMessage = null)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, RedactValue(p.Value))).ToArray()
            : [];
        return new RedactedLogState(values, formattedMessage ?? PersonalDataRedactor.Redact(state?.ToString() ?? ""));
    }

    // Even the template may carry user input, when a caller interpolated it.
    private static object? RedactValue(object? value) => value is null or bool or Enum
        ? value
        : PersonalDataRedactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public int Count => _values.Length;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
