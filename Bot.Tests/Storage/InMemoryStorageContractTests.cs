using Microsoft.Bot.Builder;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The storage contract for the in-process storage of a single instance without Redis.</summary>
public sealed class InMemoryStorageContractTests : StorageContractTests
{
    private readonly InMemoryStorage _storage = new();

    protected override IStorage Storage => _storage;

    protected override IStorage OtherInstance() => _storage;
}
