using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The Bot Framework storage contract, as MemoryStorage keeps it, which every storage of the app keeps too.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    /// <summary>Another writer to the same items: another bot instance where the store is shared, else the same storage.</summary>
    protected abstract IStorage OtherInstance();

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
    public async Task Reads_back_what_Bot_Framework_MemoryStorage_reads_back()
    {
        var memory = new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }));
        var state = new Dictionary<string, object>
        {
            ["draft"] = new CaseDraft { Topic = "t", Answers = new Dictionary<string, object> { ["x"] = 1, ["y"] = "z" } },
            ["turns"] = 3,
        };

        foreach (var storage in new[] { memory, Storage })
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["same"] = state });
        }

        var fromMemory = (await memory.ReadAsync(["same"], CancellationToken.None))["same"];
        var fromStorage = (await Storage.ReadAsync(["same"]))["same"];

        fromStorage.Should().BeOfType(fromMemory.GetType()).And.BeEquivalentTo(fromMemory, o => o.PreferringRuntimeMemberTypes());
        ((Dictionary<string, object>)fromStorage)["draft"].Should().BeOfType<CaseDraft>();
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
    public async Task Of_concurrent_conditional_writes_exactly_one_wins()
    {
        var otherInstance = OtherInstance();
        await Storage.WriteAsync(new Dictionary<string, object> { ["race"] = new CountedItem { Count = 0 } });
        var read = await ReadItemAsync("race");

        var writers = Enumerable.Range(1, 20).Select(async i =>
        {
            var storage = i % 2 == 0 ? Storage : otherInstance;
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
    public async Task A_null_comes_back_null_where_the_property_has_another_initial_value()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["nulls"] = new Dictionary<string, object> { ["draft"] = new CaseDraft { Topic = null!, Steps = null!, Contact = null } },
        });

        var draft = ((Dictionary<string, object>)(await Storage.ReadAsync(["nulls"]))["nulls"])["draft"].Should().BeOfType<CaseDraft>().Subject;

        draft.Topic.Should().BeNull();
        draft.Steps.Should().BeNull();
        draft.Contact.Should().BeNull();
    }

    [Fact]
    public async Task A_JSON_object_with_an_etag_follows_the_etag_contract()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["json"] = JObject.FromObject(new { ETag = "*", Count = 1 }) });
        var read = (await Storage.ReadAsync(["json"]))["json"].Should().BeOfType<JObject>().Subject;
        read["Count"] = 2;
        await Storage.WriteAsync(new Dictionary<string, object> { ["json"] = read });
        var reread = (JObject)(await Storage.ReadAsync(["json"]))["json"];

        var stale = () => Storage.WriteAsync(new Dictionary<string, object> { ["json"] = read });

        read.Value<string>("ETag").Should().NotBeNullOrEmpty().And.NotBe("*");
        reread.Value<string>("ETag").Should().NotBe(read.Value<string>("ETag"));
        reread.Value<int>("Count").Should().Be(2);
        await stale.Should().ThrowAsync<StateConflictException>();
    }

    [Fact]
    public async Task An_item_naming_its_etag_in_another_case_gets_the_new_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["camel"] = new CamelCaseItem { Note = "a" } });
        var first = (await Storage.ReadAsync(["camel"]))["camel"].Should().BeOfType<CamelCaseItem>().Subject;
        first.Note = "b";
        await Storage.WriteAsync(new Dictionary<string, object> { ["camel"] = first });
        var second = (CamelCaseItem)(await Storage.ReadAsync(["camel"]))["camel"];

        first.ETag.Should().NotBeNullOrEmpty();
        second.ETag.Should().NotBeNullOrEmpty().And.NotBe(first.ETag);
        second.Note.Should().Be("b");
    }

    protected async Task<CountedItem> ReadItemAsync(string key) =>
        (await Storage.ReadAsync([key]))[key].Should().BeOfType<CountedItem>().Subject;
}
