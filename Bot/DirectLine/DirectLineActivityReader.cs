using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>Reads an activity a browser posts and turns what is wrong with it into a 4xx.</summary>
public static class DirectLineActivityReader
{
    public const long MaxBodyBytes = 64 * 1024;

    private static readonly HashSet<string> AllowedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem("Expected an activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return (null, Results.Problem(e.Message, statusCode: e.StatusCode));
        }

        JObject json;
        Activity? activity;
        try
        {
            json = JsonConvert.DeserializeObject<JToken>(body, new JsonSerializerSettings { MaxDepth = 32 }) as JObject
                ?? throw new JsonSerializationException("not an object");
            activity = json.ToObject<Activity>();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return (null, Results.Problem("The body is not a valid activity JSON object.", statusCode: StatusCodes.Status400BadRequest));
        }

        return activity is { Type: { } type } && AllowedTypes.Contains(type)
            ? (activity, null)
            : (null, Results.Problem("The activity's type must be message, event or typing.", statusCode: StatusCodes.Status400BadRequest));
    }
}
