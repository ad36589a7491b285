using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>A built-in Direct Line conversation: who takes part and in which language.</summary>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale);

/// <summary>Activities newer than a watermark, each as its UTF-8 JSON, and the watermark to ask with next.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<byte[]> Activities, long Watermark)
{
    /// <summary>The Direct Line activity set as UTF-8 JSON; the activities go out as the Bot Framework serialized them.</summary>
    public byte[] ToUtf8()
    {
        var watermark = Watermark.ToString(CultureInfo.InvariantCulture);
        var length = Head.Length + Math.Max(Activities.Count - 1, 0) + Middle.Length + Encoding.UTF8.GetByteCount(watermark) + Tail.Length;
        foreach (var activity in Activities)
        {
            length += activity.Length;
        }
        var utf8 = new byte[length];
        var written = Append(utf8, 0, Head);
        for (var i = 0; i < Activities.Count; i++)
        {
            if (i > 0)
            {
                utf8[written++] = (byte)',';
            }
            written = Append(utf8, written, Activities[i]);
        }
        written = Append(utf8, written, Middle);
        written += Encoding.UTF8.GetBytes(watermark, utf8.AsSpan(written));
        Append(utf8, written, Tail);
        return utf8;
    }

    private static ReadOnlySpan<byte> Head => "{\"activities\":["u8;

    private static ReadOnlySpan<byte> Middle => "],\"watermark\":\""u8;

    private static ReadOnlySpan<byte> Tail => "\"}"u8;

    private static int Append(byte[] utf8, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(utf8.AsSpan(at));
        return at + part.Length;
    }
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
