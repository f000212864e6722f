using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.ProgressReviews.Access;
using WbL.Modules.ProgressReviews.Evidence;
using WbL.Modules.ProgressReviews.Insights;
using WbL.Modules.ProgressReviews.Reminders;
using WbL.Modules.ProgressReviews.Seeding;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews;

/// <summary>Step 4 of the process: progress reviews on the contract's schedule, the actions between them, and the learner's ideas.</summary>
public sealed class ProgressReviewsModule : IModule
{
    public string Name => "ProgressReviews";

    public string TablePrefix => "pr_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportFacts<ProgressReviewFact>, ReviewReportFacts>();
        services.AddScoped<IRecordSubjects, ProgressReviewSubjects>();
        services.AddScoped<IRecordSubjects, IdeaSubjects>();
        services.AddScoped<IRecordSubjects, EvidenceFileSubjects>();
        services.AddScoped<ScheduleSync>();
        services.AddScoped<ReviewReads>();
        services.AddScoped<IdeaReads>();
        services.AddSingleton(EvidenceSettings.From(configuration));
        services.AddScoped<DemoReviews>();
        services.AddScoped<ProgressReviewActions>();
        services.AddScoped<IActionItemSource>(provider => provider.GetRequiredService<ProgressReviewActions>());
        services.AddScoped<ITeamFiguresSource>(provider => provider.GetRequiredService<ProgressReviewActions>());
        services.AddScoped<IReminderSource, ReviewReminders>();
        services.AddScoped<ICalendarSource, ReviewCalendar>();
    }

    /// <summary>Writes the demo contract's first review. Runs after the Learner contracts module's seeding.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoReviews>().SeedAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(ProgressReviewsModule).Assembly);
}
