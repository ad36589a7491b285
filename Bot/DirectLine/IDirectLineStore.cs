using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>A built-in Direct Line conversation: who takes part and in which language.</summary>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale);

/// <summary>Activities newer than a watermark, as JSON, and the watermark to ask with next.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<string> Activities, long Watermark)
{
    /// <summary>The Direct Line activity set; the activities go out as the Bot Framework serialized them.</summary>
    public string ToJson() => new StringBuilder("{\"activities\":[")
        .AppendJoin(',', Activities)
        .Append("],\"watermark\":\"").Append(Watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}")
        .ToString();
}

public enum DirectLineCreateResult
{
    Created,
    AlreadyExists,
    Full,
}

/// <summary>
/// Where built-in Direct Line conversations and their activity logs live: in this process's memory, or on Redis so that
/// any instance serves any conversation.
/// </summary>
public interface IDirectLineStore
{
    Task<DirectLineCreateResult> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation, or null when unknown or expired; counts as use of it.</summary>
    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Gives the activity its id and watermark and appends it; null when the conversation is gone.</summary>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Activities after <paramref name="watermark"/>; null when the conversation is gone. The client has everything up to
    /// the watermark it asks from, so from then on those activities are kept with personal data masked.
    /// </summary>
    Task<DirectLineActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);
}
