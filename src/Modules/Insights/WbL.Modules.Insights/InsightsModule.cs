using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.Insights.Reminders;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights;

/// <summary>
/// What needs each person's action, team dashboards, reminders, the calendar feed and HR reports.
/// It owns no development records: every other module contributes what it knows about its own
/// records through the seams in WbL.SharedKernel.Insights (docs/adr/0010).
/// </summary>
public sealed class InsightsModule : IModule
{
    public string Name => "Insights";

    public string TablePrefix => "ins_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReminderSettings.From(configuration));
        services.AddSingleton(SmtpSettings.Read(configuration));
        services.AddSingleton<ReminderMailer>();
        services.AddScoped<DatabaseLease>();
        services.AddScoped<ReminderRound>();
        services.AddHostedService<ReminderService>();
        services.AddScoped<ReportInputs>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(InsightsModule).Assembly);
}
