using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// The conversation's state with Bot Framework's <see cref="ConversationState"/> contract (property accessors, loaded
/// once per turn, saved at its end, the same storage key and document) but without its change check by hashing:
/// <see cref="BotState"/> serializes the whole state once more when it loads it and again after every save, to compare
/// the two. Here a turn notes the properties it set or deleted and those it handed out as objects the caller may
/// change, and the state is written only when one of them is or was present.
/// </summary>
public sealed class TrackedConversationState(IStorage storage)
{
    // Kept beside the turn's TurnState rather than in it: its string keys hash through the culture-aware comparer (ICU),
    // which cost more than the rest of a property read.
    private readonly ConditionalWeakTable<TurnContextStateCollection, TurnValues> _turns = new();

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Property<T>(this, name);
    }

    /// <summary>Where the conversation's state is stored: "{channel}/conversations/{conversation id}", as Bot Framework keys it.</summary>
    public static string StorageKey(ITurnContext turnContext)
    {
        var channelId = turnContext.Activity.ChannelId ?? throw new InvalidOperationException("The activity has no channel id.");
        var conversationId = turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return $"{channelId}/conversations/{conversationId}";
    }

    /// <summary>Writes the state if the turn may have changed it.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!_turns.TryGetValue(turnContext.TurnState, out var values) || !values.IsChanged)
        {
            return;
        }
        await storage.WriteAsync(new Dictionary<string, object> { [values.Key] = values.Values }, cancellationToken);
        values.Saved();
    }

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        _turns.Remove(turnContext.TurnState);
        return storage.DeleteAsync([StorageKey(turnContext)], cancellationToken);
    }

    private async Task<TurnValues> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = StorageKey(turnContext);
        var items = await storage.ReadAsync([key], cancellationToken);
        // Stores without type names (Blob, Cosmos) hand back the document as a JObject.
        var values = (items.TryGetValue(key, out var stored) ? stored : null) switch
        {
            Dictionary<string, object?> document => document,
            IDictionary<string, object?> document => new Dictionary<string, object?>(document),
            JObject json => json.ToObject<Dictionary<string, object?>>() ?? [],
            _ => [],
        };
        var loaded = new TurnValues(key, values);
        _turns.AddOrUpdate(turnContext.TurnState, loaded);
        return loaded;
    }

    private ValueTask<TurnValues> ValuesAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _turns.TryGetValue(turnContext.TurnState, out var loaded)
            ? ValueTask.FromResult(loaded)
            : new ValueTask<TurnValues>(LoadAsync(turnContext, cancellationToken));

    /// <summary>The state's values for one turn, and which of them the turn may have changed.</summary>
    private sealed class TurnValues(string key, Dictionary<string, object?> values)
    {
        public string Key { get; } = key;

        private string[] _presentWhenLoaded = [.. values.Keys];
        private HashSet<string>? _touched;

        public Dictionary<string, object?> Values { get; } = values;

        // A property absent before and after the turn (e.g. an empty dialog stack created, then dropped) changes nothing.
        public bool IsChanged => _touched?.Any(name => Values.ContainsKey(name) || _presentWhenLoaded.Contains(name)) ?? false;

        public void Touch(string name) => (_touched ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

        public void Saved()
        {
            _presentWhenLoaded = [.. Values.Keys];
            _touched = null;
        }
    }

    private sealed class Property<T>(TrackedConversationState state, string name) : IStatePropertyAccessor<T>
    {
        public string Name => name;

        /// <summary>As Bot Framework's accessor: a missing value comes from the factory and is kept, or is the type's default.</summary>
        public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            var values = await state.ValuesAsync(turnContext, cancellationToken);
            if (values.Values.TryGetValue(name, out var value))
            {
                if (value is null)
                {
                    return default!;
                }
                // The storage may hand back another type for the same JSON (a number as long): converted once a turn.
                var typed = value is T same ? same : Convert(value);
                values.Values[name] = typed;
                if (MayBeChangedInPlace(typed))
                {
                    values.Touch(name);
                }
                return typed;
            }
            if (defaultValueFactory is null)
            {
                return default!;
            }
            var created = defaultValueFactory();
            if (created is not null)
            {
                values.Values[name] = created;
                values.Touch(name);
            }
            return created;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            var values = await state.ValuesAsync(turnContext, cancellationToken);
            values.Values[name] = value;
            values.Touch(name);
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var values = await state.ValuesAsync(turnContext, cancellationToken);
            if (values.Values.Remove(name))
            {
                values.Touch(name);
            }
        }

        // A whole number is read back as long: a count, the usual case, is narrowed directly rather than through JSON.
        private static T Convert(object value) =>
            value is long number && (typeof(T) == typeof(int) || typeof(T) == typeof(int?))
                ? (T)(object)checked((int)number)
                : JToken.FromObject(value).ToObject<T>()!;

        private static bool MayBeChangedInPlace(object? value) => value is not (null or string) && !value.GetType().IsValueType;
    }
}
