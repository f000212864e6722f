using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.ImpactReviews.Access;
using WbL.Modules.ImpactReviews.Insights;
using WbL.Modules.ImpactReviews.Reminders;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews;

/// <summary>
/// Step 5 of the process: one to three months after the learning finished, the manager reviews what
/// changed at work (Kirkpatrick's four levels) and what it was worth (Phillips' ROI), with the learner's view.
/// </summary>
public sealed class ImpactReviewsModule : IModule
{
    public string Name => "ImpactReviews";

    public string TablePrefix => "ir_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportFacts<ImpactFact>, ImpactReportFacts>();
        services.AddScoped<IRecordSubjects, ImpactReviewSubjects>();
        services.AddScoped<ImpactReviewOpening>();
        services.AddScoped<ImpactReviewReads>();
        services.AddScoped<ImpactReviewActions>();
        services.AddScoped<IActionItemSource>(provider => provider.GetRequiredService<ImpactReviewActions>());
        services.AddScoped<ITeamFiguresSource>(provider => provider.GetRequiredService<ImpactReviewActions>());
        services.AddScoped<IReminderSource, ImpactReminders>();
        services.AddScoped<ICalendarSource, ImpactCalendar>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(ImpactReviewsModule).Assembly);
}
