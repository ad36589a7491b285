namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>One text in Polish and in English.</summary>
public sealed record LocalizedText(string Pl, string En)
{
    public string For(FaqLanguage language) => language == FaqLanguage.En ? En : Pl;
}
