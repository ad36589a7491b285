using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>
/// Keeps state as JSON text, as Blob or Cosmos storage do, so every turn reads back what JSON can carry:
/// ints as longs, decimals as doubles, dates as DateTime, and without type names plain JSON objects.
/// </summary>
internal sealed class JsonTextStorage(TypeNameHandling typeNameHandling) : IStorage
{
    private readonly Dictionary<string, string> _documents = [];
    private readonly JsonSerializerSettings _settings = new() { TypeNameHandling = typeNameHandling };

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>();
        foreach (var key in keys.Where(_documents.ContainsKey))
        {
            found[key] = JsonConvert.DeserializeObject(_documents[key], _settings)!;
        }
        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _documents[key] = JsonConvert.SerializeObject(value, _settings);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _documents.Remove(key);
        }
        return Task.CompletedTask;
    }
}
