namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>Converts between instants and the wall-clock time of the configured zone.</summary>
public sealed class HotlineTimeZone(TimeZoneInfo zone)
{
    public HotlineTimeZone(string id) : this(TimeZoneInfo.FindSystemTimeZoneById(id))
    {
    }

    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The instant of a wall-clock time. A time skipped by the spring change moves forward by the
    /// gap; a repeated autumn time takes its first (summer-time) occurrence.
    /// </summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var before = Zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - before, TimeSpan.Zero).ToOffset(Zone.GetUtcOffset(local.AddHours(3)));
        }
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => ToInstant(date.ToDateTime(time));
}
