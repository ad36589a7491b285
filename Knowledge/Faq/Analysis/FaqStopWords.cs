using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>Function words of both languages (diacritics already folded), which carry no topic.</summary>
public static class FaqStopWords
{
    public static readonly string[] Words =
    [
        // Polish
        "a", "aby", "albo", "ale", "bo", "by", "byc", "bedzie", "co", "czy", "dla", "do", "gdy", "i", "ich", "ja", "jak", "jaki", "jaka",
        "jakie", "jakim", "jest", "juz", "ktora", "ktore", "ktory", "mam", "mi", "mnie", "moge", "moj", "moja", "moje", "mojego", "mojej",
        "na", "nie", "o", "od", "oraz", "po", "pod", "prosze", "przez", "sie", "sa", "ta", "tak", "te", "ten", "to", "tu", "u", "w", "we",
        "wam", "was", "wy", "z", "za", "ze", "zeby", "mozna", "mozecie", "czemu", "jakies", "jakis", "tylko", "chce", "chcialbym",
        "chcialabym", "mi", "moze", "jeszcze", "ktorej", "ktorym", "e",
        // English
        "am", "an", "and", "are", "be", "can", "could", "do", "does", "for", "how", "i", "in", "is", "it", "me", "my", "of", "on", "or",
        "please", "the", "there", "this", "to", "what", "where", "which", "with", "you", "your", "should", "would", "have", "get", "there",
    ];

    public static CharArraySet Create() => new(LuceneVersion.LUCENE_48, Words, ignoreCase: false);
}
