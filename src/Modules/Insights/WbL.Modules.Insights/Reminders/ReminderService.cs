using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WbL.SharedKernel.Audit;

namespace WbL.Modules.Insights.Reminders;

/// <summary>Runs a <see cref="ReminderRound"/> at start-up and then every interval; each instance holds the lease under its own name.</summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, ReminderSettings settings, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var round = Correlation.StartBackground("ReminderRound");
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ReminderRound>().RunAsync(_holder, stoppingToken);
                if (result.Created > 0 || result.Emailed > 0 || result.EmailFailed > 0)
                {
                    logger.LogInformation("Reminder round created {Created} notifications, e-mailed {Emailed}, {Failed} e-mails failed",
                        result.Created, result.Emailed, result.EmailFailed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed round is retried on the next; the service must outlive a locked database or an unreachable server.
                logger.LogError(exception, "The reminder round failed");
            }
            await Task.Delay(settings.Interval, clock, stoppingToken);
        }
    }
}
