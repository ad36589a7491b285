using System.Net;
using Vivus.Advisor.Bot.Concurrency;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Concurrency;

/// <summary>Two messages of one conversation at once, in the middle of the case intake: both count, in order, nothing lost.</summary>
public sealed class ConcurrentTurnsTests
{
    public const string Apology = "coś poszło nie tak";

    [Fact]
    public async Task Two_direct_line_posts_at_once_are_answered_one_after_the_other()
    {
        var slow = new SlowTurns(TimeSpan.FromMilliseconds(400));
        await using var server = await AdvisorServer.StartAsync(configure: slow.Install);
        var client = await DirectLineClient.StartAsync(server.Client);
        await client.ReadNewFromBotAsync();
        await client.SayAsync("Mam problem ze spłatą");
        await client.SayAsync("tak");

        var pesel = client.PostMessageAsync("90010112349", "client-pesel");
        await slow.StartedWith("90010112349");
        var loan = client.PostMessageAsync("12345", "client-loan");
        (await pesel).StatusCode.Should().Be(HttpStatusCode.OK);
        (await loan).StatusCode.Should().Be(HttpStatusCode.OK);

        var replies = DirectLineClient.Texts(await client.ReadNewFromBotAsync());
        replies.Should().Contain("zapisałem PESEL").And.Contain("numer Twojej pożyczki").And.Contain("adres e-mail").And.NotContain(Apology);
        replies.IndexOf("numer Twojej pożyczki", StringComparison.Ordinal).Should().BeLessThan(replies.IndexOf("adres e-mail", StringComparison.Ordinal));
        DirectLineClient.Texts(await client.SayAsync("jan.kowalski@example.com")).Should().Contain("numer telefonu");
        slow.MaxRunning.Should().Be(1);
    }

    [Fact]
    public async Task The_in_process_lock_forgets_a_conversation_once_nobody_holds_it()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.TryAcquireAsync("c", TimeSpan.FromSeconds(1), CancellationToken.None);
        var second = locks.TryAcquireAsync("c", TimeSpan.FromSeconds(5), CancellationToken.None);
        var timedOut = await locks.TryAcquireAsync("c", TimeSpan.FromMilliseconds(50), CancellationToken.None);

        timedOut.Should().BeNull();
        second.IsCompleted.Should().BeFalse();
        first!.Dispose();
        (await second)!.Dispose();
        locks.Count.Should().Be(0);
    }
}
