namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>The hotline at one moment; times are local to the hotline's zone.</summary>
public sealed record HotlineStatus(
    DateTimeOffset At,
    DaySchedule Today,
    bool IsOpen,
    DateTimeOffset? ClosesAt,
    ClosedReason? Reason,
    DateTimeOffset? NextOpen,
    bool InRecommendedWindow,
    bool InBusyPeriod);
