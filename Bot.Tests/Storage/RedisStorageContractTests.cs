using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The Bot Framework storage contract, as MemoryStorage keeps it, against a real Redis.</summary>
public sealed class RedisStorageContractTests(RedisServer server) : IClassFixture<RedisServer>, IDisposable
{
    private readonly RedisStorageUnderTest _redis = new(server);

    private RedisStorage Storage => _redis.Storage;

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task Reading_missing_keys_returns_no_items()
    {
        var items = await Storage.ReadAsync(["emulator/conversations/nobody", "emulator/users/nobody"]);

        items.Should().BeEmpty();
    }

    [Fact]
    public async Task Nested_objects_come_back_with_their_types()
    {
        var expected = new CaseDraft
        {
            Topic = "repayment",
            Steps = ["topic", "details"],
            Contact = new DraftContact { Channel = "phone", Since = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)) },
        };
        var state = new Dictionary<string, object>
        {
            ["case"] = new CaseDraft
            {
                Topic = "repayment",
                Steps = ["topic", "details"],
                Answers = new Dictionary<string, object> { ["amount"] = 1500, ["urgent"] = true, ["rate"] = 0.5, ["note"] = "pilne" },
                Contact = new DraftContact { Channel = "phone", Since = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)) },
            },
            ["mixed"] = new Dictionary<string, object> { ["n"] = 7, ["s"] = "tekst", ["b"] = false, ["list"] = new List<object> { 1, "a" } },
        };

        await Storage.WriteAsync(new Dictionary<string, object> { ["emulator/conversations/typed"] = state });
        var read = (await Storage.ReadAsync(["emulator/conversations/typed"]))["emulator/conversations/typed"];

        var dictionary = read.Should().BeOfType<Dictionary<string, object>>().Subject;
        var draft = dictionary["case"].Should().BeOfType<CaseDraft>().Subject;
        draft.Should().BeEquivalentTo(expected, o => o.Excluding(d => d.Answers));
        draft.Answers.Should().Equal(new Dictionary<string, object> { ["amount"] = 1500L, ["urgent"] = true, ["rate"] = 0.5, ["note"] = "pilne" });
        dictionary["mixed"].Should().BeOfType<Dictionary<string, object>>().Which["list"].Should().BeOfType<List<object>>()
            .Which.Should().Equal(1L, "a");
    }

    [Fact]
    public async Task Reads_back_what_MemoryStorage_reads_back()
    {
        var memory = new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }));
        var state = new Dictionary<string, object>
        {
            ["draft"] = new CaseDraft { Topic = "t", Answers = new Dictionary<string, object> { ["x"] = 1, ["y"] = "z" } },
            ["turns"] = 3,
        };

        foreach (var storage in new IStorage[] { memory, Storage })
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["same"] = state });
        }

        var fromMemory = (await memory.ReadAsync(["same"], CancellationToken.None))["same"];
        var fromRedis = (await Storage.ReadAsync(["same"]))["same"];

        fromRedis.Should().BeOfType(fromMemory.GetType()).And.BeEquivalentTo(fromMemory, o => o.PreferringRuntimeMemberTypes());
        ((Dictionary<string, object>)fromRedis)["draft"].Should().BeOfType<CaseDraft>();
    }

    [Fact]
    public async Task A_store_item_gets_a_new_etag_on_every_write()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["etags"] = new CountedItem { Count = 1 } });
        var first = await ReadItemAsync("etags");

        first.Count++;
        await Storage.WriteAsync(new Dictionary<string, object> { ["etags"] = first });
        var second = await ReadItemAsync("etags");

        first.ETag.Should().NotBeNullOrEmpty();
        second.ETag.Should().NotBeNullOrEmpty().And.NotBe(first.ETag);
        second.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_and_leaves_the_item()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["stale"] = new CountedItem { Count = 1 } });
        var stale = await ReadItemAsync("stale");
        var fresh = await ReadItemAsync("stale");
        fresh.Count = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { ["stale"] = fresh });

        stale.Count = 99;
        var write = () => Storage.WriteAsync(new Dictionary<string, object> { ["stale"] = stale });

        await write.Should().ThrowAsync<StateConflictException>();
        (await ReadItemAsync("stale")).Count.Should().Be(2);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task A_wildcard_or_missing_etag_writes_unconditionally(string? eTag)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["wild"] = new CountedItem { Count = 1 } });

        await Storage.WriteAsync(new Dictionary<string, object> { ["wild"] = new CountedItem { Count = 3, ETag = eTag } });

        (await ReadItemAsync("wild")).Count.Should().Be(3);
    }

    [Fact]
    public async Task An_item_without_an_etag_contract_is_always_overwritten()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["plain"] = new CaseDraft { Topic = "a" } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["plain"] = new CaseDraft { Topic = "b" } });

        (await Storage.ReadAsync(["plain"]))["plain"].Should().BeOfType<CaseDraft>().Which.Topic.Should().Be("b");
    }

    [Fact]
    public async Task An_item_that_is_gone_accepts_any_etag_as_MemoryStorage_does()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new CountedItem { Count = 1 } });
        var read = await ReadItemAsync("gone");
        await Storage.DeleteAsync(["gone"]);

        await Storage.WriteAsync(new Dictionary<string, object> { ["gone"] = read });

        (await ReadItemAsync("gone")).Count.Should().Be(1);
    }

    [Fact]
    public async Task Of_concurrent_conditional_writes_from_two_instances_exactly_one_wins()
    {
        using var otherInstance = new RedisStorageUnderTest(server, _redis.Options.KeyPrefix);
        await Storage.WriteAsync(new Dictionary<string, object> { ["race"] = new CountedItem { Count = 0 } });
        var read = await ReadItemAsync("race");

        var writers = Enumerable.Range(1, 20).Select(async i =>
        {
            var storage = i % 2 == 0 ? Storage : otherInstance.Storage;
            await Task.Yield();
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["race"] = new CountedItem { Count = i, ETag = read.ETag } });
                return i;
            }
            catch (StateConflictException)
            {
                return 0;
            }
        });
        var winners = (await Task.WhenAll(writers)).Where(i => i != 0).ToList();

        winners.Should().ContainSingle();
        (await ReadItemAsync("race")).Count.Should().Be(winners[0]);
    }

    [Fact]
    public async Task Delete_removes_items_and_ignores_missing_ones()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["del-1"] = new CountedItem(), ["del-2"] = new CountedItem() });

        await Storage.DeleteAsync(["del-1", "never-written"]);

        (await Storage.ReadAsync(["del-1", "del-2"])).Keys.Should().Equal("del-2");
    }

    [Fact]
    public async Task Writing_null_leaves_nothing_to_read()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["nulled"] = new CountedItem() });

        await Storage.WriteAsync(new Dictionary<string, object> { ["nulled"] = null! });

        (await Storage.ReadAsync(["nulled"])).Should().BeEmpty();
    }

    [Fact]
    public async Task Keys_with_any_characters_work()
    {
        const string key = "!@#$%^&*()~/\\><,.?';\"`~ ąę";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new CountedItem { Count = 5 } });

        (await ReadItemAsync(key)).Count.Should().Be(5);
    }

    [Fact]
    public async Task A_stored_document_naming_a_foreign_type_is_refused()
    {
        const string document = """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""";
        await _redis.Redis.GetDatabase().HashSetAsync(_redis.RawKey("tampered"), [new("etag", "1"), new("data", document)]);

        var read = () => Storage.ReadAsync(["tampered"]);

        (await read.Should().ThrowAsync<JsonSerializationException>()).WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public async Task The_log_names_operations_never_keys_or_values()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["emulator/users/user-secret-id"] = new CaseDraft { Topic = "value-secret" } });
        await Storage.ReadAsync(["emulator/users/user-secret-id"]);

        _redis.Logs.AllText.Should().Contain("State write").And.NotContain("secret");
    }

    private async Task<CountedItem> ReadItemAsync(string key) =>
        (await Storage.ReadAsync([key]))[key].Should().BeOfType<CountedItem>().Subject;
}
