using Microsoft.Extensions.DependencyInjection;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>The app's own DI container, built as Program wires it but not started, for TestFlow tests.</summary>
public static class AppServices
{
    public static IServiceProvider Create(params string[] settings) =>
        Program.BuildApp(["--environment=Testing", .. settings.Select(s => "--" + s)]).Services;

    public static T Get<T>(this IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
