using System.ComponentModel.DataAnnotations;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>Settings of the chat page and of how it reaches the bot (section "WebChat").</summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string SectionName = "WebChat";

    /// <summary>Azure Bot Service's Direct Line secret; set = the page talks to Azure, empty = to the built-in endpoint.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Azure's Direct Line 3.0 base address; the token exchange and the browser both use it.</summary>
    [Required]
    public Uri AzureDirectLineUrl { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>Built-in mode: the page receives activities over a WebSocket (true) or by polling (false).</summary>
    public bool UseWebSocket { get; set; } = true;

    /// <summary>How long a built-in Direct Line token is valid; the page refreshes it halfway.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Base64 HMAC key for built-in tokens (at least 32 bytes); empty = a random key per start-up.
    /// Instances that share conversations must share it.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>A built-in conversation nobody touched for this long is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The oldest activities of a longer conversation are dropped.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>New conversations beyond this many get 503 until idle ones expire.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 5_000;

    /// <summary>Where the page loads Web Chat from when the build could not install it from npm.</summary>
    [Required]
    public Uri CdnBundleUrl { get; set; } = new("https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js");

    /// <summary>Origins allowed to frame the page (CSP frame-ancestors), besides the app itself.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    public bool UsesAzure => !string.IsNullOrWhiteSpace(DirectLineSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!AzureDirectLineUrl.IsAbsoluteUri || AzureDirectLineUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Must be an absolute http(s) address.", [nameof(AzureDirectLineUrl)]);
        }
        if (!CdnBundleUrl.IsAbsoluteUri || CdnBundleUrl.Scheme != "https")
        {
            yield return new ValidationResult("Must be an absolute https address.", [nameof(CdnBundleUrl)]);
        }
        if (!string.IsNullOrEmpty(TokenSigningKey) && !IsLongBase64(TokenSigningKey))
        {
            yield return new ValidationResult("Must be base64 of at least 32 bytes.", [nameof(TokenSigningKey)]);
        }
        foreach (var origin in FrameAncestors.Where(o => !IsHttpsOrigin(o)))
        {
            yield return new ValidationResult($"'{origin}' is not an https origin.", [nameof(FrameAncestors)]);
        }
    }

    // Only a bare origin: anything else could smuggle extra directives into the CSP header.
    private static bool IsHttpsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == "https"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLongBase64(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written) && written >= 32;
    }
}
