using Microsoft.Playwright;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from the system (Debian package "chromium"), driven by Playwright; nothing is downloaded.
/// A missing browser fails the tests: ./test.sh installs it.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No Chromium at {path}: run ./test.sh (it installs the Debian package 'chromium') or set CHROMIUM_PATH.");
        }
        // A cold start of the app and Web Chat on a busy 2-core machine can take several seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
