using AwesomeAssertions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Storage;
using Xunit;

namespace Vivus.Advisor.Bot.Tests.Storage;

public class TrackedConversationStateTests
{
    private readonly WriteCountingStorage _storage = new(new InMemoryStorage());
    private readonly TrackedConversationState _state;
    private readonly IStatePropertyAccessor<int?> _count;
    private readonly IStatePropertyAccessor<List<string>> _notes;

    public TrackedConversationStateTests()
    {
        _state = new TrackedConversationState(_storage);
        _count = _state.CreateProperty<int?>("count");
        _notes = _state.CreateProperty<List<string>>("notes");
    }

    [Fact]
    public async Task Values_set_in_one_turn_are_there_in_the_next()
    {
        await TurnAsync(async turn => await _count.SetAsync(turn, 3));

        (await TurnAsync(turn => _count.GetAsync(turn))).Should().Be(3, "the stored number reads back as the property's type");
        (await TurnAsync(turn => _storage.ReadAsync([TrackedConversationState.StorageKey(turn)])))
            .Should().ContainKey("test/conversations/conversation-1");
    }

    [Fact]
    public async Task A_turn_that_only_reads_writes_nothing()
    {
        await TurnAsync(async turn => await _count.SetAsync(turn, 3));
        var writes = _storage.Writes;

        await TurnAsync(async turn =>
        {
            await _count.GetAsync(turn);
            // As the dialog runtime does with an empty stack: created for the turn, dropped at its end.
            await _notes.GetAsync(turn, () => []);
            await _notes.DeleteAsync(turn);
        });

        _storage.Writes.Should().Be(writes);
    }

    [Fact]
    public async Task An_object_changed_in_place_is_saved()
    {
        await TurnAsync(async turn => (await _notes.GetAsync(turn, () => [])).Add("first"));
        await TurnAsync(async turn => (await _notes.GetAsync(turn, () => [])).Add("second"));

        (await TurnAsync(turn => _notes.GetAsync(turn))).Should().Equal("first", "second");
    }

    [Fact]
    public async Task A_deleted_value_is_gone_in_the_next_turn()
    {
        await TurnAsync(async turn => await _count.SetAsync(turn, 3));
        await TurnAsync(turn => _count.DeleteAsync(turn));

        (await TurnAsync(turn => _count.GetAsync(turn))).Should().BeNull();
    }

    [Fact]
    public async Task Deleted_state_leaves_no_document()
    {
        await TurnAsync(async turn => await _count.SetAsync(turn, 4));
        await TurnAsync(turn => _state.DeleteAsync(turn));
        (await TurnAsync(turn => _storage.ReadAsync([TrackedConversationState.StorageKey(turn)]))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_default_from_the_factory_is_kept_and_none_gives_the_type_default()
    {
        var created = await TurnAsync(async turn =>
        {
            (await _count.GetAsync(turn)).Should().BeNull();
            var notes = await _notes.GetAsync(turn, () => ["made"]);
            (await _notes.GetAsync(turn)).Should().BeSameAs(notes);
            return notes;
        });

        (await TurnAsync(turn => _notes.GetAsync(turn))).Should().Equal(created);
    }

    // One turn of one conversation: the state is saved at its end, as the bot does.
    private async Task<T> TurnAsync<T>(Func<ITurnContext, Task<T>> work)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount(id: "conversation-1"),
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
        };
        using var turn = new TurnContext(new TestAdapter(), activity);
        var result = await work(turn);
        await _state.SaveChangesAsync(turn);
        return result;
    }

    private Task TurnAsync(Func<ITurnContext, Task> work) => TurnAsync(async turn =>
    {
        await work(turn);
        return true;
    });

    private sealed class WriteCountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
