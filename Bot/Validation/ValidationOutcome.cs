namespace Vivus.Advisor.Bot.Validation;

/// <summary>What a validator made of a customer's answer: the normalised value, or a polite Polish reason why not.</summary>
public sealed record ValidationOutcome<T>
{
    private ValidationOutcome(bool isValid, T? value, string? reason)
    {
        IsValid = isValid;
        Value = value;
        Reason = reason;
    }

    public bool IsValid { get; }

    public T? Value { get; }

    /// <summary>A lower-case phrase that completes a sentence, e.g. "cyfra kontrolna się nie zgadza"; null when valid.</summary>
    public string? Reason { get; }

    public static ValidationOutcome<T> Valid(T value) => new(true, value, null);

    public static ValidationOutcome<T> Invalid(string reason) => new(false, default, reason);
}
