using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Packaging;

/// <summary>
/// AdaptiveCards is pruned from the restore graph (Directory.Build.props), so it is not on disk:
/// the paths the bot uses must never try to load it.
/// </summary>
public sealed class AdaptiveCardsAbsenceTests
{
    [Fact]
    public void The_assembly_is_not_shipped()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "AdaptiveCards.dll")).Should().BeFalse();
    }

    [Fact]
    public async Task Hero_cards_and_suggested_actions_go_through_the_adapter_and_over_the_wire_without_it()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();

        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("przepis na sernik", channel.ServiceUrl)));
        (await channel.NextAsync()).Activity.Attachments.Should().ContainSingle();

        var card = new HeroCard("Kontakt", buttons: [new CardAction(ActionTypes.Call, "Zadzwoń", value: "tel:+48660600700")]);
        var message = MessageFactory.SuggestedActions(["Tak", "Nie"], "Czy to pomogło?", null, null, null);
        message.Attachments = [card.ToAttachment()];
        await new TestFlow(new TestAdapter(Channels.Test), async (turn, ct) => await turn.SendActivityAsync(message, ct))
            .Send("hej")
            .AssertReply(reply => JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(reply))!
                .SuggestedActions.Actions.Should().HaveCount(2))
            .StartTestAsync();

        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Should().NotContain("AdaptiveCards");
    }
}
