using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>Reads an activity a browser posts and turns what is wrong with it into a 4xx.</summary>
public static class DirectLineActivityReader
{
    public const long MaxBodyBytes = 64 * 1024;

    private static readonly HashSet<string> AllowedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    // Read straight into the activity (no JSON tree first); a serializer is safe to share for reading.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { MaxDepth = 32, CheckAdditionalContent = true });

    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, DirectLineEndpoints.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Expected an activity as application/json."));
        }

        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return (null, DirectLineEndpoints.Error(e.StatusCode, "BadArgument", e.Message));
        }

        Activity? activity = null;
        try
        {
            using var json = new JsonTextReader(new StringReader(body));
            activity = json.Read() && json.TokenType == JsonToken.StartObject ? Serializer.Deserialize<Activity>(json) : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            activity = null;
        }
        if (activity is null)
        {
            return (null, BadRequest("The body is not a valid activity JSON object."));
        }

        return activity is { Type: { } type } && AllowedTypes.Contains(type)
            ? (activity, null)
            : (null, BadRequest("The activity's type must be message, event or typing."));
    }

    private static IResult BadRequest(string message) => DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", message);
}
