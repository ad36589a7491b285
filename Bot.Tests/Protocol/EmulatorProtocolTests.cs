using System.Net;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Protocol;

/// <summary>The Bot Framework protocol as the Emulator speaks it, against the real app on loopback.</summary>
public sealed class EmulatorProtocolTests
{
    [Fact]
    public async Task A_message_is_answered_at_the_channels_service_url()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();
        var message = Activities.Message("jak się z wami skontaktować?", channel.ServiceUrl, "emulator-conv");

        var response = await server.Client.PostAsync("/api/messages", Activities.Json(message));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (path, reply) = await channel.NextAsync();
        path.Should().Be($"/v3/conversations/emulator-conv/activities/{message.Id}");
        reply.Type.Should().Be(ActivityTypes.Message);
        reply.ReplyToId.Should().Be(message.Id);
        reply.Text.Should().Contain("[660 600 700](tel:+48660600700)").And.Contain("[kontakt@vivus.pl](mailto:kontakt@vivus.pl)");
    }

    [Fact]
    public async Task Everything_a_turn_logs_carries_the_conversation_id()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();

        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl, "scoped-conv")));
        await channel.NextAsync();

        server.Logs.Lines.Where(l => l.Contains("SendActivitiesAsync")).Should().NotBeEmpty()
            .And.OnlyContain(l => l.Contains("ConversationId=scoped-conv"));
    }

    [Fact]
    public async Task A_joining_user_is_welcomed_with_the_main_topics_as_buttons()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "update-1",
            ChannelId = "emulator",
            ServiceUrl = channel.ServiceUrl,
            Conversation = new ConversationAccount(id: "welcome-conv"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
            MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user-1")],
        };

        (await server.Client.PostAsync("/api/messages", Activities.Json(update))).StatusCode.Should().Be(HttpStatusCode.OK);

        var (_, welcome) = await channel.NextAsync();
        welcome.Text.Should().Contain("automatycznym doradcą Vivus");
        welcome.SuggestedActions.Actions.Select(a => a.Title).Should().Contain("Godziny pracy infolinii");
    }

    [Fact]
    public async Task With_an_app_id_an_unauthenticated_request_gets_401_and_the_server_keeps_serving()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync(["MicrosoftAppId=00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword=unused"]);

        var response = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl)));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_check_answers_for_load_balancers()
    {
        await using var server = await AdvisorServer.StartAsync();

        var response = await server.Client.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Settings_come_from_the_root_file_and_the_command_line_overrides_them()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync(["Contact:Email=pomoc@example.pl"]);

        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("jak się z wami skontaktować?", channel.ServiceUrl)));

        var (_, reply) = await channel.NextAsync();
        reply.Text.Should().Contain("pomoc@example.pl").And.NotContain("kontakt@vivus.pl");
        reply.Text.Should().Contain("22 206 21 21", "the hotlines still come from the root appsettings.json");
    }
}
