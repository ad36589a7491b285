using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using static Vivus.Advisor.Bot.Tests.Dialogs.PromptScenario;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

/// <summary>A prompt asked again in a later turn, from its stored state, sends what it sent the first time.</summary>
public sealed class StoredPromptTests
{
    // Not JsonWithTypeNames: there a card's content comes back as a JSON object that still holds its "$type".
    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task The_repeated_prompt_has_everything_the_first_one_had(StorageKind storage)
    {
        var prompt = MessageFactory.Text("Opisz, proszę, sprawę.", "Opisz sprawę.");
        prompt.TextFormat = TextFormatTypes.Markdown;
        prompt.Locale = "pl-PL";
        prompt.AttachmentLayout = AttachmentLayoutTypes.Carousel;
        prompt.Attachments = [new HeroCard("Spłata", text: "Jak spłacić ratę").ToAttachment()];
        prompt.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Nie wiem", value: "nie wiem")] };
        prompt.ChannelData = JObject.FromObject(new { theme = "vivus" });
        var textPrompt = new TextPrompt("text", (context, _) => Task.FromResult(context.Recognized.Value != "nie wiem"));
        string? first = null;

        await Asking(textPrompt, new PromptOptions { Prompt = prompt }, storage.Create()).Flow()
            .Send("start").AssertReply(activity => first = Sent(activity))
            .Send("nie wiem").AssertReply(activity => Sent(activity).Should().Be(first))
            .StartTestAsync();

        first.Should().Contain("Opisz sprawę.").And.Contain("Jak spłacić ratę").And.Contain("vivus").And.Contain("Nie wiem");
    }

    private static string Sent(IActivity activity)
    {
        var message = (IMessageActivity)activity;
        return JsonConvert.SerializeObject(new
        {
            message.Type,
            message.Text,
            message.Speak,
            message.TextFormat,
            message.Locale,
            message.InputHint,
            message.AttachmentLayout,
            message.Attachments,
            message.SuggestedActions,
            message.ChannelData,
        });
    }
}
