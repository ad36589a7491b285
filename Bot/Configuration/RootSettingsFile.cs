using Microsoft.Extensions.Configuration.Json;
using Vivus.Advisor.Knowledge.Settings;

namespace Vivus.Advisor.Bot.Configuration;

public static class RootSettingsFile
{
    /// <summary>
    /// Puts the repository-root appsettings.json where ASP.NET Core would read the content root's one,
    /// so appsettings.{Environment}.json, environment variables and the command line still override it.
    /// </summary>
    public static void UseRootSettingsFile(this ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: SettingsFile.FileName });
        var root = new JsonConfigurationSource { Path = SettingsFile.PathNextToAssembly, Optional = false, ReloadOnChange = true };
        root.ResolveFileProvider();
        if (index < 0)
        {
            sources.Insert(0, root);
        }
        else
        {
            sources[index] = root;
        }
    }
}
