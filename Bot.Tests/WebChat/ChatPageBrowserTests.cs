using System.Diagnostics;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vivus.Advisor.Bot.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Vivus.Advisor.Bot.Tests.WebChat;

/// <summary>The chat page in headless Chromium against the real app and the built-in Direct Line endpoint.</summary>
public sealed class ChatPageBrowserTests(ChromiumBrowser chromium, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>
{
    private readonly List<string> _consoleErrors = [];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_customer_opens_the_chat_picks_a_topic_asks_and_gets_contact_links(bool webSocket)
    {
        await using var server = await AdvisorServer.StartAsync([$"WebChat:UseWebSocket={webSocket}"]);
        var total = Stopwatch.StartNew();
        var page = await OpenPageAsync(server, new ViewportSize { Width = 1280, Height = 800 });
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Pomoc" });
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Doradca Vivus" });
        var chat = page.Locator("#webchat");

        await launcher.ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(chat.GetByText("Jestem automatycznym doradcą Vivus").First).ToBeVisibleAsync();
        output.WriteLine($"{Mode(webSocket)}: page load to welcome: {total.Elapsed.TotalMilliseconds:F0} ms");
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await Expect(sendBox).ToBeFocusedAsync();
        await ScreenshotAsync(page, $"1-welcome-{Mode(webSocket)}");

        var reply = Stopwatch.StartNew();
        await chat.GetByRole(AriaRole.Toolbar, new() { Name = "Sugerowane akcje" })
            .GetByRole(AriaRole.Button, new() { Name = "Numer telefonu" }).ClickAsync();
        await Expect(chat.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        output.WriteLine($"{Mode(webSocket)}: suggested action to answer: {reply.Elapsed.TotalMilliseconds:F0} ms");
        await ScreenshotAsync(page, $"2-suggested-action-answer-{Mode(webSocket)}");

        var links = await chat.Locator("a[href^='tel:']").CountAsync();
        reply.Restart();
        await sendBox.FillAsync("Jak mogę się z Wami skontaktować?");
        await sendBox.PressAsync("Enter");
        await Expect(chat.GetByText("Jak mogę się z Wami skontaktować?").First).ToBeVisibleAsync();
        await Expect(chat.Locator("a[href^='tel:']")).ToHaveCountAsync(links * 2);
        output.WriteLine($"{Mode(webSocket)}: typed question to answer: {reply.Elapsed.TotalMilliseconds:F0} ms");
        await Expect(chat.Locator("a[href^='mailto:']")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, $"3-typed-question-answer-{Mode(webSocket)}");

        await sendBox.FillAsync("Jaki przepis na sernik polecasz?");
        await sendBox.PressAsync("Enter");
        await Expect(chat.GetByText("Niestety nie znam odpowiedzi").First).ToBeVisibleAsync();
        await Expect(chat.GetByRole(AriaRole.Button, new() { NameRegex = new("^Zadzwoń") }).First).ToBeVisibleAsync();
        await ScreenshotAsync(page, $"4-not-known-with-call-buttons-{Mode(webSocket)}");

        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
        output.WriteLine($"{Mode(webSocket)}: whole browser test: {total.Elapsed.TotalMilliseconds:F0} ms");

        _consoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_customer_goes_through_the_case_intake_to_the_handoff_with_call_and_mail_links()
    {
        // A Wednesday afternoon: the hotline is open, so an urgent case goes to the phone.
        var now = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));
        await using var server = await AdvisorServer.StartAsync(
            ["WebChat:UseWebSocket=true"],
            builder => builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        var page = await OpenPageAsync(server, new ViewportSize { Width = 1280, Height = 900 });
        var chat = page.Locator("#webchat");
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pomoc" }).ClickAsync();
        await Expect(chat.GetByText("Jestem automatycznym doradcą Vivus").First).ToBeVisibleAsync();

        await chat.GetByRole(AriaRole.Toolbar, new() { Name = "Sugerowane akcje" })
            .GetByRole(AriaRole.Button, new() { Name = "Zgłoś sprawę konsultantowi" }).ClickAsync();
        await Expect(chat.GetByText("Czego dotyczy Twoja sprawa?").Last).ToBeVisibleAsync();
        var suggested = chat.GetByRole(AriaRole.Toolbar, new() { Name = "Sugerowane akcje" });
        await suggested.GetByRole(AriaRole.Button, new() { Name = "Spłata lub płatność" }).ClickAsync();
        await Expect(chat.GetByText("Czy sprawa jest pilna", new() { Exact = false }).Last).ToBeVisibleAsync();
        await suggested.GetByRole(AriaRole.Button, new() { Name = "Tak", Exact = true }).ClickAsync();
        foreach (var (answer, nextQuestion) in new[]
        {
            ("900101 12349", "numer Twojej pożyczki"),
            ("12345", "adres e-mail"),
            ("jan.kowalski@example.com", "numer telefonu"),
            ("600 100 200", "ostatnia spłata"),
            ("15 listopada", "Na jaką kwotę"),
            ("250 zł", "opisz, proszę, sprawę"),
            ("Nie zdążę zapłacić raty w terminie, proszę o telefon.", "Czy wszystko się zgadza?"),
        })
        {
            await sendBox.FillAsync(answer);
            await sendBox.PressAsync("Enter");
            await Expect(chat.GetByText(nextQuestion, new() { Exact = false }).Last).ToBeVisibleAsync();
        }
        await Expect(chat.GetByText("*******2349").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "5-intake-summary");

        await suggested.GetByRole(AriaRole.Button, new() { Name = "Potwierdzam" }).ClickAsync();
        await Expect(chat.GetByText("najszybciej załatwisz telefonicznie", new() { Exact = false }).Last).ToBeVisibleAsync();
        await Expect(chat.Locator("a[href='tel:+48660600700']").Last).ToBeVisibleAsync();
        await Expect(chat.Locator("a[href='mailto:kontakt@vivus.pl']").Last).ToBeVisibleAsync();
        await Expect(chat.GetByRole(AriaRole.Button, new() { NameRegex = new("^Zadzwoń: 660 600 700") }).Last).ToBeVisibleAsync();
        await Expect(chat.GetByText("Czy ta rozmowa była dla Ciebie pomocna?").Last).ToBeVisibleAsync();
        await ScreenshotAsync(page, "6-handoff");
        (await chat.InnerTextAsync()).Should().NotContain("90010112349");

        _consoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_phone_the_keyboard_opens_a_full_screen_chat_and_closes_it()
    {
        await using var server = await AdvisorServer.StartAsync();
        var page = await OpenPageAsync(server, new ViewportSize { Width = 390, Height = 844 });
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Pomoc" });
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Doradca Vivus" });

        await page.Keyboard.PressAsync("Tab");
        await Expect(launcher).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#webchat").GetByText("Jestem automatycznym doradcą Vivus").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync();
        var box = (await panel.BoundingBoxAsync())!;
        box.Width.Should().BeApproximately(390, 1);
        box.Height.Should().BeApproximately(844, 1);
        await ScreenshotAsync(page, "4-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Zamknij czat" }).ClickAsync();
        await Expect(panel).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();

        _consoleErrors.Should().BeEmpty();
    }

    private async Task<IPage> OpenPageAsync(AdvisorServer server, ViewportSize viewport)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "pl-PL", ViewportSize = viewport });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        await page.GotoAsync(server.BaseAddress.ToString());
        return page;
    }

    private static string Mode(bool webSocket) => webSocket ? "websocket" : "polling";

    private async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ChromiumBrowser.ScreenshotFolder);
        var path = Path.Combine(ChromiumBrowser.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }
}
