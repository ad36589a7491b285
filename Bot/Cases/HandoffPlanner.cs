using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Cases;

public enum HandoffChannel
{
    Phone,
    Email,
}

/// <summary>Picks the channel an experienced first-line agent would recommend for a case, given the hotline right now.</summary>
public static class HandoffPlanner
{
    /// <summary>A hotline opening within this time counts as "about to open" for an urgent case.</summary>
    public static readonly TimeSpan AboutToOpen = TimeSpan.FromHours(1);

    public static HandoffChannel Choose(CaseFile caseFile, HotlineStatus hotline)
    {
        var reachable = hotline.IsOpen || hotline.NextOpen is { } next && next - hotline.At <= AboutToOpen;
        if (!reachable)
        {
            return HandoffChannel.Email;
        }
        if (caseFile.Urgent || IsComplex(caseFile.Topic))
        {
            return HandoffChannel.Phone;
        }
        return NeedsWrittenRecord(caseFile.Topic) ? HandoffChannel.Email : HandoffChannel.Phone;
    }

    // Negotiating repayment, extension or restructuring goes faster in a conversation.
    private static bool IsComplex(CaseTopic topic) => topic is CaseTopic.Repayment or CaseTopic.Extension;

    // Documents, screenshots and complaints are best sent in writing, with attachments and a trace.
    private static bool NeedsWrittenRecord(CaseTopic topic) => topic is CaseTopic.DataChange or CaseTopic.Complaint or CaseTopic.Technical;
}
