using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>Applies <see cref="LightPolishStemmer"/> to every token.</summary>
public sealed class LightPolishStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public LightPolishStemFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        // In place: the stem is a slice of the word.
        var (start, length) = LightPolishStemmer.StemRange(_term.Buffer.AsSpan(0, _term.Length));
        if (start > 0)
            Array.Copy(_term.Buffer, start, _term.Buffer, 0, length);
        _term.SetLength(length);
        return true;
    }
}
