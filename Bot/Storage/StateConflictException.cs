namespace Vivus.Advisor.Bot.Storage;

/// <summary>A conditional write lost: the item changed since it was read (its e-tag is stale).</summary>
public sealed class StateConflictException(string message) : Exception(message);
