using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.WebChat;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>What a built-in Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset Expires);

public enum TokenCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

/// <summary>
/// Issues and checks built-in Direct Line tokens: HMAC-SHA256-signed JWTs (the form the Azure service uses,
/// so the browser's Direct Line client can read the user id from them) naming the conversation and user.
/// </summary>
public sealed class DirectLineTokens
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    // A request's token is checked by each rate limiter and then by its endpoint, and a conversation sends the same
    // token until it is refreshed: a signature once verified is remembered, so the rest are lookups, not HMACs.
    private readonly ConcurrentDictionary<string, DirectLineGrant> _verified = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DirectLineGrant>.AlternateLookup<ReadOnlySpan<char>> _verifiedBySpan;
    private readonly int _maxVerified;

    public DirectLineTokens(IOptions<WebChatOptions> options, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _verifiedBySpan = _verified.GetAlternateLookup<ReadOnlySpan<char>>();
        // Room for each open conversation's token and the one that refreshed it.
        _maxVerified = 2 * options.Value.MaxConversations;
    }

    public TimeSpan Lifetime => _lifetime;

    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    /// <summary>"dl_" marks a user id that the service vouches for, as Azure's Direct Line does.</summary>
    public static string NewUserId() => "dl_" + Base64Url(RandomNumberGenerator.GetBytes(12));

    public string Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow();
        var claims = new Claims(conversationId, userId, now.ToUnixTimeSeconds(), (now + _lifetime).ToUnixTimeSeconds());
        var unsigned = Base64Url(Header) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    /// <summary>Reads "Authorization: Bearer ..." and checks signature and expiry.</summary>
    public (TokenCheck Check, DirectLineGrant? Grant) Check(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (TokenCheck.Missing, null);
        }
        var token = header.AsSpan(scheme.Length).Trim();
        return _verifiedBySpan.TryGetValue(token, out var grant) ? Unexpired(grant) : Verify(token.ToString());
    }

    public (TokenCheck Check, DirectLineGrant? Grant) Check(string token) =>
        _verified.TryGetValue(token, out var grant) ? Unexpired(grant) : Verify(token);

    private (TokenCheck Check, DirectLineGrant? Grant) Unexpired(DirectLineGrant grant) =>
        grant.Expires <= _time.GetUtcNow() ? (TokenCheck.Expired, null) : (TokenCheck.Valid, grant);

    private (TokenCheck Check, DirectLineGrant? Grant) Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 2048)
        {
            return (TokenCheck.Invalid, null);
        }

        var expected = Sign(parts[0] + "." + parts[1]);
        if (!TryFromBase64Url(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return (TokenCheck.Invalid, null);
        }

        Claims? claims;
        try
        {
            claims = TryFromBase64Url(parts[1], out var payload) ? JsonSerializer.Deserialize<Claims>(payload) : null;
        }
        catch (JsonException)
        {
            claims = null;
        }
        if (claims is not { Conversation.Length: > 0, User.Length: > 0 })
        {
            return (TokenCheck.Invalid, null);
        }

        var grant = new DirectLineGrant(claims.Conversation, claims.User, DateTimeOffset.FromUnixTimeSeconds(claims.Expires));
        var result = Unexpired(grant);
        if (result.Check == TokenCheck.Valid)
        {
            Remember(token, grant);
        }
        return result;
    }

    private void Remember(string token, DirectLineGrant grant)
    {
        if (_verified.Count >= _maxVerified)
        {
            var now = _time.GetUtcNow();
            foreach (var (verified, kept) in _verified)
            {
                if (kept.Expires <= now)
                {
                    _verified.TryRemove(verified, out _);
                }
            }
            if (_verified.Count >= _maxVerified)
            {
                _verified.Clear();
            }
        }
        _verified[token] = grant;
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        bytes = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, bytes, out var written))
        {
            return false;
        }
        bytes = bytes[..written];
        return true;
    }

    private sealed record Claims(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("iat")] long IssuedAt,
        [property: JsonPropertyName("exp")] long Expires);
}
