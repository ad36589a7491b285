using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ParallelConversationsTests
{
    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task Two_conversations_on_one_bot_keep_their_own_stacks_and_values(StorageKind storage)
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main",
            [
                (step, ct) => step.BeginDialogAsync("intake", null, ct),
                (step, ct) => step.Report(ct),
            ]))
            .AddDialog(new InterruptibleIntake());
        var harness = new DialogHarness(root, storage.Create());
        var anna = new TestAdapter(TestAdapter.CreateConversation("rozmowa-anny", "anna"));
        var piotr = new TestAdapter(TestAdapter.CreateConversation("rozmowa-piotra", "piotr"));

        async Task<string?> Say(TestAdapter adapter, string text)
        {
            await adapter.SendTextToBotAsync(text, harness.TurnAsync, CancellationToken.None);
            return (adapter.GetNextReply() as IMessageActivity)?.Text;
        }

        (await Say(anna, "hej")).Should().Be("Jak masz na imię?");
        (await Say(piotr, "dzień dobry")).Should().Be("Jak masz na imię?");
        (await Say(anna, "Anna")).Should().Be("Jakie masz pytanie?");
        (await Say(piotr, "Piotr")).Should().Be("Jakie masz pytanie?");
        (await Say(piotr, "O ratę")).Should().Be("wynik: Piotr: O ratę");
        (await Say(anna, "pomoc")).Should().Be("Odpowiadaj krótko. Wróćmy do pytania:");
        ((IMessageActivity)anna.GetNextReply()).Text.Should().Be("Jakie masz pytanie?");
        (await Say(piotr, "znowu")).Should().Be("Jak masz na imię?", "Piotr's finished intake starts over");
        (await Say(anna, "O godziny")).Should().Be("wynik: Anna: O godziny", "Anna's intake kept her name while Piotr's ran");
    }
}
