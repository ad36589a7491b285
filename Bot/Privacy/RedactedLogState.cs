using System.Collections;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>Structured log state whose values are redacted, so providers keep their named properties.</summary>
public sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly object? _state;
    private Redaction? _redaction;

    private RedactedLogState(object? state, Redaction? redaction)
    {
        _state = state;
        _redaction = redaction;
    }

    public static RedactedLogState From<TState>(TState state, string? formattedMessage = null) => new(null, Redact(state, formattedMessage));

    /// <summary>
    /// The state redacted when a provider first reads it: a scope is read only when something is logged inside it, and
    /// most turns log nothing, while redacting every turn's scope ran the personal-data patterns over its ids.
    /// </summary>
    public static RedactedLogState Deferred(object state) => new(state, null);

    // Two threads reading a deferred state at once may both redact it, to the same result.
    private Redaction Redacted => _redaction ??= Redact(_state, null);

    private static Redaction Redact(object? state, string? formattedMessage)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, RedactValue(p.Value))).ToArray()
            : [];
        return new Redaction(values, formattedMessage ?? PersonalDataRedactor.Redact(state?.ToString() ?? ""));
    }

    // Even the template may carry user input, when a caller interpolated it.
    private static object? RedactValue(object? value) => value is null or bool or Enum
        ? value
        : PersonalDataRedactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public KeyValuePair<string, object?> this[int index] => Redacted.Values[index];

    public int Count => Redacted.Values.Length;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Redacted.Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Redacted.Text;

    private sealed record Redaction(KeyValuePair<string, object?>[] Values, string Text);
}
