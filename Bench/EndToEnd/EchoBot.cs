using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>The baseline: echoes every message and keeps no state, so its turn cost is the hosting stack's alone.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
