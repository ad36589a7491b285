namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// The typo tolerance shared by the Lucene fuzzy queries and the confidence measure: longer terms allow
/// more edits, the first letter must match (customers rarely mistype it, and it keeps fuzzy queries fast).
/// </summary>
public static class FuzzyTermMatch
{
    public const int PrefixLength = 1;

    public static int MaxEdits(string term) => term.Length switch
    {
        >= 8 => 2,
        >= 4 => 1,
        _ => 0,
    };

    public static bool Matches(string queryTerm, string indexTerm)
    {
        if (queryTerm == indexTerm)
            return true;
        var maxEdits = MaxEdits(queryTerm);
        return maxEdits > 0
               && indexTerm.Length > 0 && queryTerm[0] == indexTerm[0]
               && Distance(queryTerm, indexTerm, maxEdits) <= maxEdits;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), as Lucene's FuzzyQuery counts edits; stops early above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit)
                return rowMin;
        }
        return d[a.Length, b.Length];
    }
}
