using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>Replaces words unknown to the corpus by their closest corpus word (query side only).</summary>
public sealed class SpellingCorrectionFilter : TokenFilter
{
    private readonly SpellingVocabulary _vocabulary;
    private readonly ICharTermAttribute _term;

    public SpellingCorrectionFilter(TokenStream input, SpellingVocabulary vocabulary) : base(input)
    {
        _vocabulary = vocabulary;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (_vocabulary.Correction(_term.Buffer.AsSpan(0, _term.Length)) is { } corrected)
            _term.SetEmpty().Append(corrected);
        return true;
    }
}
