using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>Replaces each stem by its canonical synonym from <see cref="DomainSynonyms"/>.</summary>
public sealed class DomainSynonymFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DomainSynonymFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (DomainSynonyms.Canonical(_term.Buffer.AsSpan(0, _term.Length)) is { } canonical)
            _term.SetEmpty().Append(canonical);
        return true;
    }
}
