using Vivus.Advisor.Bot.Validation;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>
/// The case as a live-agent hub receives it in the handoff.initiate event. The only place the full PESEL may
/// travel, and only when live-agent handoff is enabled.
/// </summary>
public sealed record HandoffContext(
    string Topic,
    string TopicLabel,
    bool Urgent,
    string? Pesel,
    string? LoanNumber,
    string Email,
    string Phone,
    IReadOnlyList<CaseDetail> Details,
    string Description,
    string RecommendedChannel,
    HotlineSnapshot Hotline)
{
    public static HandoffContext From(CaseFile caseFile, HandoffChannel channel, HotlineStatus hotline, bool includeFullPesel) => new(
        caseFile.Topic.ToString(),
        caseFile.Topic.Label(),
        caseFile.Urgent,
        caseFile.Pesel is null ? null : includeFullPesel ? caseFile.Pesel : PeselValidator.Mask(caseFile.Pesel),
        caseFile.LoanNumber,
        caseFile.Email,
        caseFile.Phone,
        caseFile.Details,
        caseFile.Description,
        channel.ToString().ToLowerInvariant(),
        new HotlineSnapshot(hotline.IsOpen, hotline.ClosesAt, hotline.NextOpen));
}

public sealed record HotlineSnapshot(bool Open, DateTimeOffset? ClosesAt, DateTimeOffset? NextOpen);
