namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.</summary>
public static class Easter
{
    public static DateOnly Sunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The next date, from <paramref name="today"/> on, that lies a fixed number of days after Easter Sunday.</summary>
    public static DateOnly NextMovableFeast(DateOnly today, int daysAfterEaster)
    {
        var date = Sunday(today.Year).AddDays(daysAfterEaster);
        return date >= today ? date : Sunday(today.Year + 1).AddDays(daysAfterEaster);
    }
}
