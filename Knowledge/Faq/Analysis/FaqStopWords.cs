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
        "wam", "wami", "was", "wy", "z", "za", "ze", "zeby", "mozna", "mozecie", "czemu", "jakies", "jakis", "tylko", "chce", "chcialbym",
        "chcialabym", "moze", "jeszcze", "ktorym", "e", "podajcie", "wasz", "wasza", "wasze", "macie", "bardzo", "serdecznie",
        "wielkie", "ktos", "cos", "tam", "dzis", "dzisiaj", "teraz", "pan", "pani", "panstwo", "jestem", "ty", "ciagle", "wciaz", "dalej",
        "jaka", "jakiej", "jakich", "sobie", "mu", "jej", "go", "ja", "nam", "nas", "my", "oni", "one", "tez", "takze", "wlasnie",
        // English
        "am", "an", "and", "are", "be", "can", "could", "do", "does", "for", "how", "i", "in", "is", "it", "me", "my", "of", "on", "or",
        "please", "the", "there", "this", "to", "what", "where", "which", "with", "you", "your", "should", "would", "have", "get",
        "not", "can't", "cant", "don't", "dont", "won't", "doesn't", "isn't", "any", "some", "all", "yet", "just", "still", "really",
        "very", "much", "so", "too", "also", "then", "than", "if", "but", "at", "by", "from", "as", "been", "was", "were", "will",
        "i'm", "im", "you're", "we", "our", "us", "they", "them", "it's", "there's", "that", "these", "those",
    ];

    public static CharArraySet Create() => new(LuceneVersion.LUCENE_48, Words, ignoreCase: false);
}
