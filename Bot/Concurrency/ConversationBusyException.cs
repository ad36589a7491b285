namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>Another turn of the same conversation did not finish within the wait; the client should retry.</summary>
public sealed class ConversationBusyException(string message) : Exception(message);
