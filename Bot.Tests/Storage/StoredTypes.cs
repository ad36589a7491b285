using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>A typed object as dialogs keep in state: nested values, a list and a mixed dictionary.</summary>
public sealed class CaseDraft
{
    public string Topic { get; set; } = "";

    public List<string> Steps { get; set; } = [];

    public Dictionary<string, object> Answers { get; set; } = [];

    public DraftContact? Contact { get; set; }
}

public sealed class DraftContact
{
    public string Channel { get; set; } = "";

    public DateTimeOffset Since { get; set; }
}

/// <summary>An item with an e-tag, for the optimistic-concurrency half of the contract.</summary>
public sealed class CountedItem : IStoreItem
{
    public int Count { get; set; }

    public string? ETag { get; set; }
}

/// <summary>An item whose e-tag is stored under a camel-case name, as some Bot Framework types name it.</summary>
public sealed class CamelCaseItem : IStoreItem
{
    public string Note { get; set; } = "";

    [JsonProperty("eTag")]
    public string? ETag { get; set; }
}
