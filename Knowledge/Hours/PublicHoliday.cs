namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>A statutory day off in Poland, with the names customers use for it.</summary>
public sealed record PublicHoliday(DateOnly Date, string PolishName, string EnglishName)
{
    public string Name(string language) => language == "en" ? EnglishName : PolishName;
}
