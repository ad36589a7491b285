namespace Vivus.Advisor.Bot.Storage;

/// <summary>A conditional write lost: the item changed since it was read (its e-tag is stale).</summary>
public sealed class StateConflictException(string message) : Exception(message)
{
    /// <summary>The one message every storage gives for a write in which some items had a stale e-tag.</summary>
    public static StateConflictException For(int conflicts, int items) =>
        new($"Etag conflict: {conflicts} of {items} items changed since they were read.");
}
