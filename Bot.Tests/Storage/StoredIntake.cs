using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>A whole case intake, with a wrong answer and a change of details, run against a storage that sees every value written.</summary>
internal static class StoredIntake
{
    public static readonly string[] Messages =
    [
        "Chcę porozmawiać z konsultantem", "Spłata lub płatność", "tak", "123", "90010112349", "VIV-123456",
        "jan.kowalski@example.com", "600-100-200", "wczoraj", "250,50 zł", "Nie zdążę zapłacić raty w terminie.",
        "Zmień dane", "Opis", "Spóźnię się z ratą.", "Potwierdzam", "tak",
    ];

    /// <summary>Runs the intake at <paramref name="localNow"/>, handing each value the bot stores to <paramref name="written"/> as it is written.</summary>
    public static async Task RunAsync(DateTimeOffset localNow, Action<object> written)
    {
        var services = AppServices.Create(localNow, s => s.AddSingleton<IStorage>(new WatchedStorage(written)));
        var adapter = BotTestFlow.Adapter(services);
        var bot = services.GetRequiredService<IBot>();
        foreach (var message in Messages)
        {
            await adapter.SendTextToBotAsync(message, bot.OnTurnAsync, CancellationToken.None);
        }
    }

    private sealed class WatchedStorage(Action<object> written) : IStorage
    {
        private readonly InMemoryStorage _inner = new();

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            foreach (var value in changes.Values.Where(v => v is not null))
            {
                written(value);
            }
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
