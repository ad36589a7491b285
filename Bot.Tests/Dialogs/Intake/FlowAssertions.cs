using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Intake;

/// <summary>Short TestFlow steps for long intake scripts.</summary>
internal static class FlowAssertions
{
    /// <summary>The next reply is a message whose text contains every fragment.</summary>
    public static TestFlow Says(this TestFlow flow, params string[] fragments) =>
        flow.AssertReply(activity =>
        {
            var text = ((IMessageActivity)activity).Text;
            foreach (var fragment in fragments)
            {
                text.Should().Contain(fragment);
            }
        });

    public static TestFlow Reply(this TestFlow flow, Action<IMessageActivity> check) =>
        flow.AssertReply(activity => check((IMessageActivity)activity));
}
