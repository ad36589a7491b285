using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>The app's own DI container, built as Program wires it but not started, for TestFlow tests.</summary>
public static class AppServices
{
    /// <summary>The container with "now" fixed at <paramref name="localNow"/> in Warsaw.</summary>
    public static IServiceProvider Create(DateTimeOffset localNow, params string[] settings) => Create(localNow, null, settings);

    /// <summary>As above, with everything the app logs kept in <paramref name="logs"/>.</summary>
    public static IServiceProvider Create(DateTimeOffset localNow, LogCapture? logs, params string[] settings) =>
        Create(localNow, logs, _ => { }, settings);

    /// <summary>As above, with services registered after the app's, e.g. a recording decorator in place of its store.</summary>
    public static IServiceProvider Create(DateTimeOffset localNow, Action<IServiceCollection> replace) => Create(localNow, null, replace);

    /// <summary>A Wednesday in Warsaw while the hotline is open (14:00) and while it is closed (23:00), for theories.</summary>
    public static TheoryData<DateTimeOffset> HotlineOpenAndClosed => new()
    {
        new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(1)),
    };

    private static IServiceProvider Create(DateTimeOffset localNow, LogCapture? logs, Action<IServiceCollection> replace, params string[] settings) =>
        Program.BuildApp(
            ["--environment=Testing", "--Logging:LogLevel:Default=Trace", .. settings.Select(s => "--" + s)],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(localNow));
                if (logs is not null)
                {
                    builder.Logging.AddProvider(logs);
                }
                replace(builder.Services);
            }).Services;

    public static T Get<T>(this IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
