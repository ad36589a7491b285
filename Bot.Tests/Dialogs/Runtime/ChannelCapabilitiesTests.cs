using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("emulator", 3, true)]
    [InlineData("directline", 3, true)]
    [InlineData("webchat", 3, true)]
    [InlineData("DirectLine", 3, true)]
    [InlineData("facebook", 10, true)]
    [InlineData("facebook", 11, false)]
    [InlineData("sms", 1, false)]
    [InlineData("test", 1, false)]
    [InlineData(null, 1, false)]
    public void Knows_which_channels_show_how_many_buttons(string? channel, int buttons, bool supported)
    {
        ChannelCapabilities.SupportsSuggestedActions(channel, buttons).Should().Be(supported);
    }
}
