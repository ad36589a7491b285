namespace Vivus.Advisor.Bot.Validation;

/// <summary>A customer's answer to "what is your loan number": the number, or that they have no loan yet.</summary>
public sealed record LoanNumberAnswer(string? Number)
{
    public static LoanNumberAnswer NoLoan { get; } = new((string?)null);

    public bool HasLoan => Number is not null;
}
