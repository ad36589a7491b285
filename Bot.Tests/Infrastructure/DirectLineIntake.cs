using System.Text.Json.Nodes;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>
/// A repayment case taken down over the built-in Direct Line, each message through the next of the given clients
/// (one per instance), each reply read through the one after it: the way a conversation hops between instances.
/// </summary>
public static class DirectLineIntake
{
    // Synthetic PESEL (born 1 January 1990) with a correct check digit; not a real person's.
    public const string Pesel = "90010112349";
    public const string Email = "jan.kowalski@example.com";
    // Not the intake question's example number, which a reloaded conversation shows.
    public const string Phone = "601-202-303";
    public const string LoanNumber = "VIV-123456";
    public const string Description = "Nie zdążę zapłacić raty w terminie, proszę o kontakt.";

    /// <summary>Every form in which the raw values could show up anywhere.</summary>
    public static readonly string[] RawValues =
        [Pesel, "900101", Email, Phone, "601 202 303", "601202303", LoanNumber, "123456", "jan.kowalski%40example.com", "601%20202%20303"];

    /// <summary>What the customer types, and a piece of the bot's answer to each.</summary>
    public static (string Say, string Expect)[] Script(string description = Description) =>
    [
        ("Mam problem ze spłatą", "Czy sprawa jest pilna"),
        ("tak", "numer PESEL"),
        (Pesel, "numer Twojej pożyczki"),
        (LoanNumber, "adres e-mail"),
        (Email, "numer telefonu"),
        (Phone, "ostatnia spłata"),
        ("wczoraj", "Na jaką kwotę"),
        ("250,50 zł", "opisz, proszę, sprawę"),
        (description, "Podsumowanie"),
        ("Potwierdzam", "Czy ta rozmowa była dla Ciebie pomocna?"),
    ];

    /// <summary>Runs <see cref="Script"/>; returns the bot's activities of each step.</summary>
    public static async Task<List<List<JsonObject>>> RunAsync(IReadOnlyList<DirectLineClient> instances, string description = Description)
    {
        var script = Script(description);
        var steps = new List<List<JsonObject>>();
        var current = instances[0];
        await current.ReadNewFromBotAsync();
        for (var i = 0; i < script.Length; i++)
        {
            var poster = current.Via(instances[(2 * i + 1) % instances.Count].Http);
            var response = await poster.PostMessageAsync(script[i].Say, $"client-{i}");
            ((int)response.StatusCode).Should().Be(200, script[i].Say);
            current = poster.Via(instances[(2 * i + 2) % instances.Count].Http);
            var replies = await current.ReadNewFromBotAsync();
            DirectLineClient.Texts(replies).Should().Contain(script[i].Expect, $"the answer to \"{script[i].Say}\"");
            steps.Add(replies);
        }
        // The next read tells the store the last replies arrived.
        await current.ReadNewFromBotAsync();
        return steps;
    }
}
