using System.Text.RegularExpressions;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>A sensible syntax check of an e-mail address; trims it and lower-cases the domain.</summary>
public static class EmailValidator
{
    private const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    private static readonly Regex LocalPart = new(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex DomainLabel = new("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    public static ValidationOutcome<string> Validate(string? input)
    {
        var address = (input ?? "").Trim().Trim('<', '>');
        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            address = address["mailto:".Length..];
        }

        if (address.Length == 0)
        {
            return ValidationOutcome<string>.Invalid("nie wpisano adresu e-mail");
        }
        if (address.Any(char.IsWhiteSpace))
        {
            return ValidationOutcome<string>.Invalid("adres e-mail nie może zawierać spacji");
        }
        if (address.Length > MaxLength)
        {
            return ValidationOutcome<string>.Invalid("adres e-mail jest za długi");
        }

        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return ValidationOutcome<string>.Invalid("brakuje znaku @");
        }
        if (address.IndexOf('@') != at)
        {
            return ValidationOutcome<string>.Invalid("adres e-mail może zawierać tylko jeden znak @");
        }

        var local = address[..at];
        var domain = address[(at + 1)..].ToLowerInvariant();
        if (local.Length == 0)
        {
            return ValidationOutcome<string>.Invalid("przed znakiem @ brakuje nazwy skrzynki");
        }
        if (local.Length > MaxLocalPartLength || !LocalPart.IsMatch(local))
        {
            return ValidationOutcome<string>.Invalid("część przed znakiem @ zawiera niedozwolone znaki lub kropki w złym miejscu");
        }
        if (domain.Length == 0)
        {
            return ValidationOutcome<string>.Invalid("po znaku @ brakuje domeny, np. gmail.com");
        }

        var labels = domain.Split('.');
        if (labels.Length < 2 || !labels.All(DomainLabel.IsMatch) || !labels[^1].All(char.IsAsciiLetter) || labels[^1].Length < 2)
        {
            return ValidationOutcome<string>.Invalid("domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com");
        }
        return ValidationOutcome<string>.Valid($"{local}@{domain}");
    }
}
