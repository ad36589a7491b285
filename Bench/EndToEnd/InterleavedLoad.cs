using System.Diagnostics;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>One scenario's share of an interleaved run: a slice at a time, its turns, how long it lasted and what the process spent.</summary>
public sealed record Slice(int Turns, TimeSpan Window, ProcessUsage Usage)
{
    public double TurnsPerSecond => Turns / Window.TotalSeconds;
}

/// <summary>
/// The scenarios' customers all connected at once, each scenario's behind its own gate, which the run opens for one
/// scenario at a time for a short slice; after closing it, it waits for that scenario's turns in flight, then opens the
/// next. This machine's speed swings by a fifth from one half second to the next (a fixed loop, nothing else running),
/// so scenarios measured seconds apart compare different machines; slices a fraction of a second apart share the speed.
/// </summary>
public static class InterleavedLoad
{
    /// <returns>Per scenario, in the order given: its slices in cycle order, its turns' latencies and its polls that found no reply yet.</returns>
    public static async Task<(List<Slice> Slices, Latencies Latencies, int EmptyPolls)[]> RunAsync(
        IReadOnlyList<(BenchServer Server, Scenario Scenario)> scenarios, int conversations, TimeSpan slice, int cycles)
    {
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var lanes = scenarios.Select(_ => new Lane()).ToArray();
        var workers = new List<Task>();
        for (var s = 0; s < scenarios.Count; s++)
        {
            var (server, scenario) = scenarios[s];
            for (var i = 0; i < conversations; i++)
            {
                var session = await DirectLineSession.StartAsync(server.Client, stop.Token);
                workers.Add(ConverseAsync(server, session, scenario, i, lanes[s], clock, stop.Token));
            }
        }

        var slices = scenarios.Select(_ => new List<Slice>()).ToArray();
        var order = Enumerable.Range(0, scenarios.Count).ToArray();
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            // Every other cycle in reverse, so a machine speeding up or slowing down within a cycle favours none of them.
            foreach (var s in cycle % 2 == 0 ? order : order.Reverse())
            {
                var before = ProcessUsage.Now();
                var opened = clock.Elapsed;
                lanes[s].Open();
                await Task.Delay(slice);
                var turns = await lanes[s].CloseAsync();
                slices[s].Add(new Slice(turns, clock.Elapsed - opened, ProcessUsage.Now() - before));
            }
        }
        await stop.CancelAsync();
        foreach (var lane in lanes)
            lane.Open();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException)
        {
        }
        if (workers.FirstOrDefault(w => w.Exception?.InnerException is { } e && e is not OperationCanceledException) is { } failed)
            throw failed.Exception!.InnerException!;
        return slices.Zip(lanes, (list, lane) => (list, lane.Latencies, lane.EmptyPolls)).ToArray();
    }

    private static async Task ConverseAsync(
        BenchServer server, DirectLineSession session, Scenario scenario, int index, Lane lane, Stopwatch clock, CancellationToken cancellationToken)
    {
        var step = scenario.StaggerStart ? index * 7 % scenario.Script.Count : 0;
        var emptyPolls = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await lane.EnterAsync();
                var started = clock.Elapsed;
                var done = false;
                try
                {
                    await session.TurnAsync(scenario.Script[step].Message, cancellationToken);
                    step = (step + 1) % scenario.Script.Count;
                    if (step == 0 && scenario.NewConversationEachRun)
                    {
                        emptyPolls += session.EmptyPolls;
                        session = await DirectLineSession.StartAsync(server.Client, cancellationToken);
                    }
                    done = true;
                }
                finally
                {
                    lane.Exit(done ? (clock.Elapsed - started).TotalMilliseconds : null);
                }
            }
        }
        finally
        {
            lane.AddEmptyPolls(emptyPolls + session.EmptyPolls);
        }
    }

    /// <summary>A scenario's gate: turns start only while it is open; closing it waits for those in flight.</summary>
    private sealed class Lane
    {
        private readonly Lock _lock = new();
        private bool _open;
        private TaskCompletionSource _opened = NewSignal();
        private TaskCompletionSource? _drained;
        private int _inFlight;
        private int _turns;

        public Latencies Latencies { get; } = new();

        public int EmptyPolls { get; private set; }

        public void AddEmptyPolls(int count)
        {
            lock (_lock)
                EmptyPolls += count;
        }

        public void Open()
        {
            lock (_lock)
            {
                _open = true;
                _turns = 0;
                _opened.TrySetResult();
            }
        }

        /// <returns>The turns finished since the gate opened, once none is in flight.</returns>
        public async Task<int> CloseAsync()
        {
            Task drained;
            lock (_lock)
            {
                _open = false;
                _opened = NewSignal();
                _drained = NewSignal();
                if (_inFlight == 0)
                    _drained.TrySetResult();
                drained = _drained.Task;
            }
            await drained;
            lock (_lock)
                return _turns;
        }

        public async Task EnterAsync()
        {
            while (true)
            {
                Task opened;
                lock (_lock)
                {
                    if (_open)
                    {
                        _inFlight++;
                        return;
                    }
                    opened = _opened.Task;
                }
                await opened;
            }
        }

        /// <param name="milliseconds">The turn's latency, or null if it did not finish (the run is stopping).</param>
        public void Exit(double? milliseconds)
        {
            lock (_lock)
            {
                _inFlight--;
                if (milliseconds is { } latency)
                {
                    _turns++;
                    Latencies.Add(latency);
                }
                if (!_open && _inFlight == 0)
                    _drained?.TrySetResult();
            }
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
