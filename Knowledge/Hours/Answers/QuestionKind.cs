namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>What an hours-related question asks about.</summary>
public enum QuestionKind
{
    None,

    /// <summary>Is the hotline open (now or at a given time), until when, when it opens.</summary>
    Availability,

    /// <summary>The hotline's hours in general: "w jakich godzinach działacie?".</summary>
    Schedule,

    /// <summary>How long an e-mail reply takes.</summary>
    EmailReply,
}
