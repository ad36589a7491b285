using System.Runtime.CompilerServices;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>
/// Every app the tests build watches its settings files; with inotify that costs one of the user's 128 instances each,
/// and tests running in parallel ran out. Polling watchers cost none.
/// </summary>
internal static class PollingFileWatchers
{
    [ModuleInitializer]
    internal static void Use() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
