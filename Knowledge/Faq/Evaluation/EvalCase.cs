namespace Vivus.Advisor.Knowledge.Faq.Evaluation;

/// <summary>One labelled question; ExpectedId null means out of domain (the advisor should not know).</summary>
public sealed record EvalCase(string Question, string? ExpectedId, int Line);
