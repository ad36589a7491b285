using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Hours;
using Vivus.Advisor.Knowledge.Hours.Answers;
using Vivus.Advisor.Knowledge.Settings;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>
/// "hours [--at 2026-12-24T10:00] [--json]": the hotline's state at a local time (default now);
/// with no --at and redirected input, one local time per input line.
/// </summary>
public sealed class HoursCommand(HotlineClock clock)
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Loads and validates the settings file next to the assembly plus environment variables, then runs.</summary>
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(SettingsFile.PathNextToAssembly, optional: false)
            .AddEnvironmentVariables()
            .Build();
        using var services = new ServiceCollection().AddContactDirectory(configuration).BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                error.WriteLine(failure);
            return Task.FromResult(1);
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine(e.Message);
            return Task.FromResult(1);
        }
        return Task.FromResult(new HoursCommand(services.GetRequiredService<HotlineClock>()).Run(args, input, output, error, inputRedirected));
    }

    public int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        var json = false;
        string? at = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--at" when i + 1 < args.Length:
                    at = args[++i];
                    break;
                default:
                    error.WriteLine("usage: hours [--at yyyy-MM-ddTHH:mm] [--json]   (local time; with no --at, stdin lines if redirected)");
                    return 2;
            }
        }

        if (at is not null || !inputRedirected)
            return Report(at, json, output, error) ? 0 : 1;

        var allValid = true;
        var any = false;
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
                continue;
            any = true;
            allValid &= Report(line.Trim(), json, output, error);
        }
        // An empty redirected input (CI, cron) still gets the answer for now.
        if (!any)
            return Report(null, json, output, error) ? 0 : 1;
        return allValid ? 0 : 1;
    }

    private bool Report(string? localText, bool json, TextWriter output, TextWriter error)
    {
        DateTimeOffset instant;
        if (localText is null)
            instant = clock.LocalNow;
        else if (DateTime.TryParseExact(localText, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            instant = clock.Zone.ToInstant(local);
        else
        {
            error.WriteLine($"not a local time (yyyy-MM-ddTHH:mm): {localText}");
            return false;
        }
        var status = clock.At(instant);
        output.WriteLine(json ? Json(status) : Polish(status));
        return true;
    }

    private static string Json(HotlineStatus status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("at", Iso(status.At));
            writer.WriteBoolean("open", status.IsOpen);
            WriteNullable(writer, "closesAt", status.ClosesAt is { } closes ? Iso(closes) : null);
            WriteNullable(writer, "nextOpen", status.NextOpen is { } next ? Iso(next) : null);
            WriteNullable(writer, "reason", status.Reason is { } reason ? ReasonCode(reason) : null);
            writer.WriteString("dayType", DayTypeCode(status.Today.Type));
            WriteNullable(writer, "holidayName", status.Today.Holiday?.PolishName);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
            writer.WriteNull(name);
        else
            writer.WriteString(name, value);
    }

    private static string Polish(HotlineStatus status)
    {
        var head = $"{status.At:yyyy-MM-dd HH:mm} ({PolishDateWords.Weekday(status.At.DayOfWeek)})";
        if (status.IsOpen)
            return $"{head}: infolinia czynna do {status.ClosesAt:HH:mm}.";
        var why = status.Reason switch
        {
            ClosedReason.PublicHoliday => $"święto: {status.Today.Holiday!.PolishName}",
            ClosedReason.OrdinarySunday => "niedziela niehandlowa",
            ClosedReason.SpecialClosure => status.Today.Note ?? "wyjątkowo zamknięte",
            _ => "poza godzinami pracy",
        };
        var next = status.NextOpen is { } open ? $", otwarcie {open:yyyy-MM-dd HH:mm} ({PolishDateWords.Weekday(open.DayOfWeek)})" : "";
        return $"{head}: infolinia nieczynna ({why}){next}.";
    }

    private static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string ReasonCode(ClosedReason reason) => reason switch
    {
        ClosedReason.Night => "night",
        ClosedReason.OrdinarySunday => "sunday",
        ClosedReason.PublicHoliday => "holiday",
        _ => "special",
    };

    private static string DayTypeCode(DayType type) => type switch
    {
        DayType.Weekday => "weekday",
        DayType.Saturday => "saturday",
        DayType.TradingSunday => "tradingSunday",
        DayType.Sunday => "sunday",
        DayType.Holiday => "holiday",
        _ => "special",
    };
}
