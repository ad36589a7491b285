namespace Vivus.Advisor.Knowledge.Settings;

/// <summary>
/// The repository-root appsettings.json, which the build copies next to every program's
/// assembly, so each program finds it whatever its working directory.
/// </summary>
public static class SettingsFile
{
    public const string FileName = "appsettings.json";

    public static string PathNextToAssembly => Path.Combine(AppContext.BaseDirectory, FileName);
}
