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
        // Three rolling rows (two back for transpositions) on the stack: this runs for every vocabulary word a typo is compared with.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit)
                return rowMin;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
