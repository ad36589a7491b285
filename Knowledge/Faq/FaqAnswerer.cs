using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// The bot's entry point to the FAQ: answers a question with an honest confidence (answer, "did you mean" or
/// "don't know") in the customer's language. A singleton, safe to call from concurrent turns.
/// </summary>
public sealed class FaqAnswerer
{
    private readonly FaqSearch _search;
    private readonly IOptions<ContactOptions> _contact;
    private readonly FaqAnswerOptions _options;
    // Case-insensitive on the trimmed text, looked up without copying it: asked for every message.
    private readonly Dictionary<string, (FaqEntry Entry, FaqLanguage Language)>.AlternateLookup<ReadOnlySpan<char>> _byExactText;

    // An entry's filled-in answer and follow-ups depend only on the entry, the language and the contact settings, which
    // IOptions fixes for the process's life: built on first use, not on every answer.
    private readonly ConcurrentDictionary<(string EntryId, FaqLanguage Language), (string Text, IReadOnlyList<FaqSuggestion> FollowUps)> _answers = new();

    // Filled in from the same settings, per language: a question the advisor cannot answer is common enough.
    private readonly string?[] _notKnown = new string?[Enum.GetValues<FaqLanguage>().Length];

    public FaqAnswerer(FaqSearch search, IOptions<ContactOptions> contact, FaqAnswerOptions? options = null)
    {
        _search = search;
        _contact = contact;
        _options = options ?? new FaqAnswerOptions();
        _byExactText = ExactTexts(search.Index.Corpus.Entries).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<FaqEntry> Entries => _search.Index.Corpus.Entries;

    public FaqEntry? FindEntry(string id) => _search.Index.Corpus.Find(id);

    /// <summary>The best-ranked entry ids for a question, before any confidence threshold; for evaluation.</summary>
    public IReadOnlyList<string> Rank(string question, int count) =>
        _search.Search(question, maxCandidates: count).Select(c => c.Entry.Id).ToList();

    /// <summary>Whether the text is an entry's id or title, as the advisor's buttons post them back.</summary>
    public bool IsEntryQuestion(string text) => _byExactText.ContainsKey(text.AsSpan().Trim());

    /// <param name="language">The question's language when the caller has already told it (as <see cref="FaqLanguageDetector"/> does).</param>
    public FaqAnswer Answer(string question, FaqLanguage? language = null) =>
        AnswerEntryQuestion(question) ?? AnswerTyped(question, language ?? FaqLanguageDetector.Detect(question) ?? FaqLanguage.Pl);

    /// <summary>A button posts back an entry id or its title: that entry's answer, without searching; null for any other text.</summary>
    public FaqAnswer? AnswerEntryQuestion(string text) =>
        _byExactText.TryGetValue(text.AsSpan().Trim(), out var exact) ? AnswerEntry(exact.Entry, exact.Language, 1.0) : null;

    /// <summary>As <see cref="Answer"/> for a question the caller knows is no entry's id or title (<see cref="AnswerEntryQuestion"/>).</summary>
    public FaqAnswer AnswerTyped(string question, FaqLanguage asked)
    {
        if (OtherInstitutions.IsNamedIn(question))
            return Unknown(asked, 0);
        var candidates = _search.Search(question, maxCandidates: _options.MaxSuggestions + 1);
        if (candidates.Count == 0 || candidates[0].Score < _options.MinScore)
            return Unknown(asked, candidates.Count > 0 ? candidates[0].Score : 0);

        // Runners-up close to the top candidate make it a "did you mean", the top one first.
        var top = candidates[0];
        List<FaqSuggestion>? suggestions = null;
        for (var i = 1; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Score < _options.MinScore || candidate.Score < _options.CloseRatio * top.Score)
                continue;
            suggestions ??= [Suggestion(top.Entry, asked)];
            suggestions.Add(Suggestion(candidate.Entry, asked));
        }
        if (suggestions is null)
            return AnswerEntry(top.Entry, asked, top.Score);
        if (suggestions.Count > _options.MaxSuggestions)
            suggestions.RemoveRange(_options.MaxSuggestions, suggestions.Count - _options.MaxSuggestions);
        return new FaqAnswer(FaqOutcome.DidYouMean, null, asked, null, top.Score, suggestions, []);
    }

    /// <summary>The answer of a known entry, e.g. for a follow-up button; null for an unknown id.</summary>
    public FaqAnswer? AnswerEntry(string id, FaqLanguage language) =>
        FindEntry(id) is { } entry ? AnswerEntry(entry, language, 1.0) : null;

    public string NotKnownText(FaqLanguage language) =>
        _notKnown[(int)language] ??= FaqReplies.NotKnownText(language, _contact.Value);

    private FaqAnswer AnswerEntry(FaqEntry entry, FaqLanguage language, double score)
    {
        var (text, followUps) = _answers.GetOrAdd((entry.Id, language), static (_, built) => built.Self.BuildAnswer(built.Entry, built.Language), (Self: this, Entry: entry, Language: language));
        return new FaqAnswer(FaqOutcome.Answered, entry, language, text, score, [], followUps);
    }

    private (string, IReadOnlyList<FaqSuggestion>) BuildAnswer(FaqEntry entry, FaqLanguage language) =>
        (AnswerPlaceholders.Fill(entry.Answer.For(language), _contact.Value),
            entry.FollowUps.Select(FindEntry).OfType<FaqEntry>().Select(e => Suggestion(e, language)).ToList());

    private static FaqAnswer Unknown(FaqLanguage language, double score) =>
        new(FaqOutcome.Unknown, null, language, null, score, [], []);

    private static FaqSuggestion Suggestion(FaqEntry entry, FaqLanguage language) => new(entry.Id, entry.Title.For(language));

    private static Dictionary<string, (FaqEntry, FaqLanguage)> ExactTexts(IEnumerable<FaqEntry> entries)
    {
        var map = new Dictionary<string, (FaqEntry, FaqLanguage)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            map.TryAdd(entry.Id.Trim(), (entry, FaqLanguage.Pl));
            map.TryAdd(entry.Title.Pl.Trim(), (entry, FaqLanguage.Pl));
            map.TryAdd(entry.Title.En.Trim(), (entry, FaqLanguage.En));
        }
        return map;
    }

}
