using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>
/// Wraps the logger factory so every logger, whatever provider it writes to (console, tests, telemetry),
/// only ever receives redacted messages, arguments, scopes and exception text.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            inner.BeginScope(RedactedLogState.Deferred(state));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var message = PersonalDataRedactor.Redact(formatter(state, exception));
            if (exception is not null)
            {
                // Exception messages can quote user input, so only their redacted text travels on.
                message += Environment.NewLine + PersonalDataRedactor.Redact(exception.ToString());
            }
            inner.Log(logLevel, eventId, RedactedLogState.From(state, message), null, static (s, _) => s.ToString());
        }
    }
}

public static class RedactingLoggingRegistration
{
    public static IServiceCollection AddPersonalDataRedactingLogging(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(),
            sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(),
            sp.GetService<IExternalScopeProvider>()))));
        return services;
    }
}
