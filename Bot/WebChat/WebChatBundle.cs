using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>
/// Where the page gets the Web Chat script: the copy the build installed from npm (next to the app, served at
/// /lib/webchat.js) or, when the build had no npm, the official CDN.
/// </summary>
public sealed class WebChatBundle(IOptions<WebChatOptions> options)
{
    public const string LocalPath = "/lib/webchat.js";
    public const string OutputFolder = "webchat-lib";

    public static string LocalFolder => Path.Combine(AppContext.BaseDirectory, OutputFolder);

    public bool IsLocal { get; } = File.Exists(Path.Combine(LocalFolder, "webchat.js"));

    public string Url => IsLocal ? LocalPath : options.Value.CdnBundleUrl.ToString();

    /// <summary>The CDN's origin when the page needs it, for the Content-Security-Policy.</summary>
    public string? CdnOrigin => IsLocal ? null : options.Value.CdnBundleUrl.GetLeftPart(UriPartial.Authority);

    public IFileProvider? FileProvider => IsLocal ? new PhysicalFileProvider(LocalFolder) : null;
}
