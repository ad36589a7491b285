using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Hosting;

/// <summary>A turn in flight when the host is told to stop finishes, and its reply is kept or delivered, before the host is down.</summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan SlowTurn = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public async Task The_host_waits_up_to_thirty_seconds_for_in_flight_requests()
    {
        await using var server = await AdvisorServer.StartAsync();

        server.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_direct_line_turn_in_flight_finishes_and_its_reply_is_stored()
    {
        var slow = new SlowTurns(SlowTurn);
        await using var server = await AdvisorServer.StartAsync(configure: slow.Install);
        var client = await DirectLineClient.StartAsync(server.Client);
        await client.ReadNewFromBotAsync();

        var post = client.PostMessageAsync("jak się skontaktować?");
        await slow.Started.Task;
        var stopping = server.StopAsync();

        (await post).StatusCode.Should().Be(HttpStatusCode.OK);
        await stopping;
        var stored = await server.Services.GetRequiredService<IDirectLineStore>()
            .ReadAsync(client.ConversationId, long.Parse(client.Watermark!), CancellationToken.None);
        string.Join("\n", stored!.Activities.Select(Encoding.UTF8.GetString)).Should().Contain("660 600 700");
    }

    [Fact]
    public async Task A_turn_from_the_channel_in_flight_finishes_and_its_reply_is_delivered()
    {
        var slow = new SlowTurns(SlowTurn);
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync(configure: slow.Install);

        var post = server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("jak się skontaktować?", channel.ServiceUrl)));
        await slow.Started.Task;
        var stopping = server.StopAsync();

        (await post).StatusCode.Should().Be(HttpStatusCode.OK);
        await stopping;
        (await channel.NextAsync(TimeSpan.FromSeconds(1))).Activity.Text.Should().Contain("660 600 700");
    }
}
