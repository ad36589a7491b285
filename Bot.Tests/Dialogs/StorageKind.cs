using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>The storages dialog state must survive: the app's in-process storage and JSON text with and without type names.</summary>
public enum StorageKind
{
    Memory,
    JsonWithTypeNames,
    JsonWithoutTypeNames,
}

internal static class StorageKinds
{
    public static IStorage Create(this StorageKind kind) => kind switch
    {
        StorageKind.Memory => new InMemoryStorage(),
        StorageKind.JsonWithTypeNames => new JsonTextStorage(TypeNameHandling.All),
        _ => new JsonTextStorage(TypeNameHandling.None),
    };
}
