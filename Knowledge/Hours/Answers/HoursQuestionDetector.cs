using System.Buffers;
using System.Text.RegularExpressions;
using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>
/// Decides from keywords whether a message asks about the hotline's hours or e-mail reply
/// times. Weak words ("zadzwonić", "działa", "call") count only next to a time or "now"/"when",
/// so "jak działa przedłużenie?" stays with the FAQ.
/// </summary>
public static partial class HoursQuestionDetector
{
    /// <param name="Keywords">A piece of text each match of Email, Schedule, Strong or Weak holds: a text with none of them is
    /// about something else, told by one vectorized scan instead of running the patterns, most messages being so.</param>
    internal sealed record Patterns(Regex OtherTopic, Regex Phone, Regex Email, Regex Schedule, Regex Strong, Regex Weak, Regex NowOrWhen, SearchValues<string> Keywords);

    private static readonly Patterns Polish = new(PolishOtherTopic(), PolishPhone(), PolishEmail(), PolishSchedule(), PolishStrong(), PolishWeak(), PolishNowOrWhen(),
        SearchValues.Create(
        [
            "mail", "godzin", "kiedy", "grafik", "odbier", "ktorej", "czynn", "otwar", "otwier", "zamkniet", "zamyka", "dzwoni", "kolejk",
            "najlepiej", "pracujecie", "dyzur", "dziala", "infolini", "konsultant", "kontakt", "polaczy",
        ], StringComparison.Ordinal));

    private static readonly Patterns English = new(EnglishOtherTopic(), EnglishPhone(), EnglishEmail(), EnglishSchedule(), EnglishStrong(), EnglishWeak(), EnglishNowOrWhen(),
        SearchValues.Create(
        [
            "mail", "hours", "open", "closed", "closing", "pick up", "there", "available", "until what time", "what time do you",
            "best time to call", "queue", "wait", "call", "phone", "ring", "hotline", "helpline", "reach", "talk to", "speak to", "contact",
        ], StringComparison.Ordinal));

    /// <summary>A message read for its hours keywords; each pattern runs at most once, however often it is asked.</summary>
    public static HoursQuestionText Read(string text, string language) => new(PolishText.Fold(text), language == "en" ? English : Polish);

    /// <summary>The folded message and what the patterns of its language find in it, looked up as needed.</summary>
    public sealed class HoursQuestionText
    {
        private readonly string _folded;
        private readonly Patterns _patterns;
        private bool? _email;
        private bool? _schedule;
        private bool? _strong;
        private bool? _weak;

        internal HoursQuestionText(string folded, Patterns patterns)
        {
            _folded = folded;
            _patterns = patterns;
            IsAboutSomethingElse = !folded.AsSpan().ContainsAny(patterns.Keywords) || (patterns.OtherTopic.IsMatch(folded) && !patterns.Phone.IsMatch(folded));
        }

        /// <summary>
        /// Whether the message could be about hours, whatever time it mentions: a cheap test before the time recognition
        /// (it holds exactly when <see cref="Kind"/> finds something with or without a time).
        /// </summary>
        public bool CouldBeAbout => !IsAboutSomethingElse && (Email || Schedule || Strong || Weak);

        public QuestionKind Kind(bool mentionsTime)
        {
            if (IsAboutSomethingElse)
                return QuestionKind.None;
            if (Email)
                return QuestionKind.EmailReply;
            if (Schedule && !mentionsTime)
                return QuestionKind.Schedule;
            if (Strong)
                return QuestionKind.Availability;
            if (Weak && (mentionsTime || _patterns.NowOrWhen.IsMatch(_folded)))
                return QuestionKind.Availability;
            return QuestionKind.None;
        }

        // About something else, or holding none of the keywords every other pattern needs.
        private bool IsAboutSomethingElse { get; }

        private bool Email => _email ??= _patterns.Email.IsMatch(_folded);

        private bool Schedule => _schedule ??= _patterns.Schedule.IsMatch(_folded);

        private bool Strong => _strong ??= _patterns.Strong.IsMatch(_folded);

        private bool Weak => _weak ??= _patterns.Weak.IsMatch(_folded);
    }

    /// <summary>Loans, repayments and applications belong to the FAQ unless the phone is mentioned.</summary>
    [GeneratedRegex(@"\b(?:splat\w*|splac\w*|pozycz\w*|przelew\w*|wplat\w*|wnios\w*|umow\w*|przedluz\w*|prolongat\w*|rat[ayeu]?)\b")]
    private static partial Regex PolishOtherTopic();

    [GeneratedRegex(@"\b(?:infolini\w*|zadzwoni\w*|dzwoni\w*|odbier\w*|konsultant\w*|telefon\w*|bok|obslug\w*)")]
    private static partial Regex PolishPhone();

    [GeneratedRegex(@"\b(?:e-?mail\w*|mail\w*)\b.*\b(?:odpowi\w*|odpisz\w*)|\b(?:odpowi\w*|odpisz\w*)\b.*\b(?:e-?mail\w*|mail\w*)")]
    private static partial Regex PolishEmail();

    [GeneratedRegex(@"\b(?:w jakich godzinach|godzin[ay]? (?:pracy|otwarcia|dzialania)|godziny infolinii|kiedy (?:jest )?(?:czynn|otwart)\w*|grafik)")]
    private static partial Regex PolishSchedule();

    [GeneratedRegex(@"\b(?:odbier(?:ze|zecie|a|aja|acie)\b|do ktorej|od ktorej|o ktorej (?:otwiera|zamyka|konczy|zaczyna)\w*|czynn[aey]|czynni|otwar\w*|otwier\w*|zamkniet\w*|zamyka\w*|dodzwoni\w*|kolejk\w*|najlepiej (?:za)?dzwonic|pracujecie|dyzur\w*)")]
    private static partial Regex PolishStrong();

    [GeneratedRegex(@"\b(?:zadzwoni\w*|dzwoni\w*|dziala\w*|infolini\w*|konsultant\w*|kontakt\w*|polaczy\w*)")]
    private static partial Regex PolishWeak();

    [GeneratedRegex(@"\b(?:teraz|kiedy|w tej chwili|obecnie|juz|jeszcze)\b")]
    private static partial Regex PolishNowOrWhen();

    [GeneratedRegex(@"\b(?:repay\w*|loans?|transfer\w*|payments?|application\w*|extend\w*|extension|instal\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOtherTopic();

    [GeneratedRegex(@"\b(?:call|phone|hotline|helpline|consultant|anyone|someone|somebody)\b")]
    private static partial Regex EnglishPhone();

    [GeneratedRegex(@"\b(?:e-?mails?|mail)\b.*\b(?:reply|replies|respond|response|answer|hear back)|\b(?:reply|replies|respond|response|answer|hear back)\b.*\b(?:e-?mails?|mail|message)\b")]
    private static partial Regex EnglishEmail();

    [GeneratedRegex(@"\b(?:opening hours|business hours|office hours|working hours|your hours|what are the hours|hours of the (?:hotline|helpline))\b")]
    private static partial Regex EnglishSchedule();

    [GeneratedRegex(@"\b(?:(?:are you|is (?:it|the \w+|anyone|someone)|you're|still|be) (?:open|closed)|open (?:now|today|tonight|tomorrow|on|at|until|till|during|over)|closing|pick up|answer the phone|(?:anyone|someone|somebody) (?:there|available)|are you available|until what time|what time do you|best time to call|queue|wait(?:ing)? time)\b")]
    private static partial Regex EnglishStrong();

    [GeneratedRegex(@"\b(?:call|phone|ring|hotline|helpline|reach|talk to|speak to|contact)\b")]
    private static partial Regex EnglishWeak();

    [GeneratedRegex(@"\b(?:now|right now|currently|when|still|already)\b")]
    private static partial Regex EnglishNowOrWhen();
}
