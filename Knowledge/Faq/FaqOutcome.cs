namespace Vivus.Advisor.Knowledge.Faq;

public enum FaqOutcome
{
    /// <summary>One entry clearly fits; AnswerText is ready to send.</summary>
    Answered,

    /// <summary>Several entries fit about equally; ask "did you mean" with the suggestions.</summary>
    DidYouMean,

    /// <summary>Nothing fits well enough; say plainly the advisor does not know.</summary>
    Unknown,
}
