using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The storage contract against a real Redis, and what only a shared store has to keep.</summary>
public sealed class RedisStorageContractTests(RedisServer server) : StorageContractTests, IClassFixture<RedisServer>, IDisposable
{
    private readonly RedisStorageUnderTest _redis = new(server);
    private readonly List<RedisStorageUnderTest> _otherInstances = [];

    protected override IStorage Storage => _redis.Storage;

    public void Dispose()
    {
        _redis.Dispose();
        _otherInstances.ForEach(instance => instance.Dispose());
    }

    protected override IStorage OtherInstance()
    {
        var instance = new RedisStorageUnderTest(server, _redis.Options.KeyPrefix);
        _otherInstances.Add(instance);
        return instance.Storage;
    }

    [Fact]
    public async Task A_stored_document_naming_a_foreign_type_is_refused()
    {
        const string document = """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""";
        await _redis.Redis.GetDatabase().HashSetAsync(_redis.RawKey("tampered"), [new("etag", "1"), new("data", document)]);

        var read = () => Storage.ReadAsync(["tampered"]);

        (await read.Should().ThrowAsync<JsonSerializationException>()).WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public async Task The_log_names_operations_never_keys_or_values()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["emulator/users/user-secret-id"] = new CaseDraft { Topic = "value-secret" } });
        await Storage.ReadAsync(["emulator/users/user-secret-id"]);

        _redis.Logs.AllText.Should().Contain("State write").And.NotContain("secret");
    }
}
