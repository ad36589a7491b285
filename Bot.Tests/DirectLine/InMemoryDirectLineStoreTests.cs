using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.WebChat;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

public sealed class InMemoryDirectLineStoreTests
{
    private const string ConversationId = "conv";

    [Fact]
    public async Task Masks_what_the_client_has_once_it_asks_past_it()
    {
        var store = await StoreWithAsync(10, "tel. 600 100 201", "tel. 600 100 202", "tel. 600 100 203");

        var all = await ReadAsync(store, 0);
        all.Activities.Should().HaveCount(3).And.OnlyContain(a => !Text(a).Contains("[redacted]"));
        all.Watermark.Should().Be(3);

        var newer = await ReadAsync(store, 1);
        newer.Activities.Should().HaveCount(2).And.OnlyContain(a => !Text(a).Contains("[redacted]"), "they are not delivered yet");
        newer.Watermark.Should().Be(3);

        var again = await ReadAsync(store, 0);
        again.Activities.Select(Text).Should().Equal("tel. [redacted]", "tel. 600 100 202", "tel. 600 100 203");

        var none = await ReadAsync(store, 3);
        none.Activities.Should().BeEmpty();
        none.Watermark.Should().Be(3);
        (await ReadAsync(store, 0)).Activities.Select(Text).Should().Equal("tel. [redacted]", "tel. [redacted]", "tel. [redacted]");
    }

    [Fact]
    public async Task Keeps_the_latest_activities_and_masks_those_delivered()
    {
        var store = await StoreWithAsync(10, [.. Enumerable.Range(1, 15).Select(i => $"tel. 600 100 {i:D3}")]);

        var newer = await ReadAsync(store, 12);
        newer.Activities.Select(Text).Should().Equal("tel. 600 100 013", "tel. 600 100 014", "tel. 600 100 015");
        newer.Watermark.Should().Be(15);

        var kept = await ReadAsync(store, 0);
        kept.Activities.Select(Text).Should().Equal(
            [.. Enumerable.Repeat("tel. [redacted]", 7), "tel. 600 100 013", "tel. 600 100 014", "tel. 600 100 015"]);
    }

    [Fact]
    public async Task A_watermark_past_the_last_activity_comes_back_as_the_last()
    {
        var store = await StoreWithAsync(10, "tel. 600 100 201");

        var read = await ReadAsync(store, 99);

        read.Activities.Should().BeEmpty();
        read.Watermark.Should().Be(1);
        (await ReadAsync(store, 0)).Activities.Select(Text).Should().Equal("tel. [redacted]");
    }

    private static async Task<InMemoryDirectLineStore> StoreWithAsync(int maxActivities, params string[] texts)
    {
        var store = new InMemoryDirectLineStore(Options.Create(new WebChatOptions { MaxActivitiesPerConversation = maxActivities }), TimeProvider.System, new PublishedTexts());
        await store.CreateAsync(new DirectLineConversation(ConversationId, "dl_1", "pl-PL"), CancellationToken.None);
        foreach (var text in texts)
        {
            await store.AppendAsync(ConversationId, new Activity(ActivityTypes.Message) { Text = text }, CancellationToken.None);
        }
        return store;
    }

    private static async Task<DirectLineActivitySet> ReadAsync(InMemoryDirectLineStore store, long watermark) =>
        (await store.ReadAsync(ConversationId, watermark, CancellationToken.None))!;

    private static string Text(byte[] activityJson) =>
        System.Text.Json.JsonDocument.Parse(activityJson).RootElement.GetProperty("text").GetString()!;
}
