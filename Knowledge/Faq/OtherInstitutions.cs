namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// Banks and lenders other than Vivus. A question naming one is about them, not Vivus, so the advisor must not
/// answer it with Vivus's hotline or hours, however well the rest of the words match.
/// </summary>
public static class OtherInstitutions
{
    private static readonly KnownWords Names = new(
    [
        "pko", "bp", "mbank", "ing", "santander", "pekao", "millennium", "millenium", "alior", "bnp", "paribas", "citi", "citibank",
        "citihandlowy", "getin", "agricole", "revolut", "nest", "velo", "toyota", "bos", "bps", "inteligo", "envelo", "provident",
        "wonga", "netcredit", "smartney", "kuki", "ferratum", "hapipozyczki", "lendon", "zaplo", "filarum", "kredito24",
    ], " \t,.?!;:\"()-/");

    public static bool IsNamedIn(string question) => Names.CountIn(question) > 0;
}
