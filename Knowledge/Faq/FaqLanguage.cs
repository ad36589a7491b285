namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>The two languages the advisor answers in; Polish is the default.</summary>
public enum FaqLanguage
{
    Pl,
    En,
}

public static class FaqLanguageCodes
{
    /// <summary>"pl" or "en", as the JSON output and the bot's locale use them.</summary>
    public static string Code(this FaqLanguage language) => language == FaqLanguage.En ? "en" : "pl";
}
