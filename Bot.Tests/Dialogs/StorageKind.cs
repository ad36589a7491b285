using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>The storages dialog state must survive: the app's MemoryStorage and JSON text with and without type names.</summary>
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
        StorageKind.Memory => new MemoryStorage(),
        StorageKind.JsonWithTypeNames => new JsonTextStorage(TypeNameHandling.All),
        _ => new JsonTextStorage(TypeNameHandling.None),
    };
}
