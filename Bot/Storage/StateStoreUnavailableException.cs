namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// The state store could not be reached in time. The turn cannot go on; the customer should get an apology
/// with the contact numbers. Messages never carry keys or values.
/// </summary>
public sealed class StateStoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
