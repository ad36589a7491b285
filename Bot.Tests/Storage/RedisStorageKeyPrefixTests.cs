using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>Bots with different key prefixes share one Redis without seeing each other's state.</summary>
public sealed class RedisStorageKeyPrefixTests(RedisServer server) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Bots_with_different_prefixes_keep_apart()
    {
        using var advisor = new RedisStorageUnderTest(server, "advisor-a:");
        using var otherBot = new RedisStorageUnderTest(server, "other-bot:");
        const string key = "emulator/conversations/shared-id";

        await advisor.Storage.WriteAsync(new Dictionary<string, object> { [key] = new CaseDraft { Topic = "advisor" } });
        await otherBot.Storage.WriteAsync(new Dictionary<string, object> { [key] = new CaseDraft { Topic = "other" } });
        await otherBot.Storage.DeleteAsync([key]);

        (await advisor.Storage.ReadAsync([key]))[key].Should().BeOfType<CaseDraft>().Which.Topic.Should().Be("advisor");
        (await otherBot.Storage.ReadAsync([key])).Should().BeEmpty();
        (await advisor.Redis.GetDatabase().KeyExistsAsync("advisor-a:" + key)).Should().BeTrue();
    }
}
