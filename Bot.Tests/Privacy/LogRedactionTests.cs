using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Privacy;

/// <summary>Whatever reaches a log through the app's logger factory is masked.</summary>
public sealed class LogRedactionTests
{
    private const string Pesel = "44051401359";
    private const string Email = "jan.kowalski@example.com";
    private const string Phone = "600 100 200";

    [Fact]
    public async Task Messages_arguments_scopes_and_exceptions_are_masked()
    {
        await using var server = await AdvisorServer.StartAsync();
        var logger = server.Services.GetRequiredService<ILogger<LogRedactionTests>>();

        using (logger.BeginScope(new Dictionary<string, object?> { ["Customer"] = Email }))
        {
            logger.LogWarning(new InvalidOperationException($"bad PESEL {Pesel}"), "Customer {Email} called from {Phone}", Email, Phone);
            logger.LogInformation($"interpolated {Pesel}");
        }

        var logged = server.Logs.AllText;
        logged.Should().Contain("Customer [redacted] called from [redacted]").And.Contain("interpolated [redacted]");
        logged.Should().NotContain(Pesel).And.NotContain(Email).And.NotContain(Phone);
    }

    [Fact]
    public async Task A_conversation_full_of_personal_data_leaves_none_in_the_log()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();

        foreach (var text in new[] { $"mój PESEL to {Pesel}", $"mail {Email}", $"telefon {Phone}" })
        {
            await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message(text, channel.ServiceUrl)));
            await channel.NextAsync();
        }

        server.Logs.Lines.Should().NotBeEmpty("the adapter logs every turn at trace level");
        server.Logs.AllText.Should().NotContain(Pesel).And.NotContain(Email).And.NotContain(Phone);
    }
}
