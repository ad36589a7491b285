using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>A logging provider that keeps every line, its structured values and its scopes, for scanning.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public string AllText => string.Join(Environment.NewLine, _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { $"{logLevel} {category}: {formatter(state, exception)}" };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"  {v.Key}={v.Value}"));
            }
            owner._scopes.ForEachScope((scope, list) => list.Add($"  scope: {Describe(scope)}"), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }
            owner._lines.Enqueue(string.Join(Environment.NewLine, parts));
        }

        private static string Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : scope?.ToString() ?? "";
    }
}
