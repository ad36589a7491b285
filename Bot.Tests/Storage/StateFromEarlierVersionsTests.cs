using Microsoft.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Tests.Dialogs.Intake;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// A deployment upgrading while conversations are under way in Redis: state written by earlier versions carries on where it
/// stopped, whether with type names everywhere and prompts stored as full activities, or with assembly-qualified type names
/// where the declared type does not tell (the version before core collections were named without assemblies).
/// </summary>
public sealed class StateFromEarlierVersionsTests(RedisServer server) : IClassFixture<RedisServer>
{
    private static readonly DateTimeOffset WednesdayAfternoon = new(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("intake-at-the-phone-question-type-names-everywhere.json")]
    [InlineData("intake-at-the-phone-question-full-type-names.json")]
    public async Task An_intake_stored_by_an_earlier_version_goes_on_to_the_summary(string fixture)
    {
        var keyPrefix = $"upgrade-{Guid.NewGuid():N}:";
        using (var redis = new RedisStorageUnderTest(server, keyPrefix))
        {
            var document = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", fixture));
            await redis.Redis.GetDatabase().HashSetAsync(redis.RawKey($"{Channels.Emulator}/conversations/upgraded"), [new("etag", "1"), new("data", document)]);
        }
        var services = AppServices.Create(WednesdayAfternoon,
            $"Storage:RedisConnectionString={server.ConnectionString}",
            $"Storage:KeyPrefix={keyPrefix}",
            $"WebChat:TokenSigningKey={Convert.ToBase64String(new byte[32])}");
        await using var disposeConnection = (IAsyncDisposable)services;
        // On a busy machine the app's first connect can outlast its timeout; it reconnects within a second, as deployed.
        var connection = services.GetRequiredService<IConnectionMultiplexer>();
        for (var waited = 0; !connection.IsConnected && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        await BotTestFlow.Create(services, Channels.Emulator, "upgraded")
            .Send("pomoc").Says("anuluj").Says("numer telefonu")
            .Send("600-100-200").Says("ostatnia spłata")
            .Send("15 listopada").Says("Na jaką kwotę")
            .Send("250,50 zł").Says("opisz, proszę, sprawę")
            .Send("Nie zdążę zapłacić raty w terminie, proszę o kontakt.")
            .Says("Podsumowanie", "jan.kowalski@example.com", "VIV-123456", "+48 600 100 200", "15 listopada 2026")
            .StartTestAsync();
    }
}
