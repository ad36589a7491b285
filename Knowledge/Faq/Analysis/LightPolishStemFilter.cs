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
        var stem = LightPolishStemmer.Stem(_term.ToString());
        _term.SetEmpty().Append(stem);
        return true;
    }
}
