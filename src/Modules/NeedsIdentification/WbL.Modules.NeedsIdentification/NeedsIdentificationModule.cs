using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.NeedsIdentification.Access;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;
using WbL.Modules.NeedsIdentification.Features.ListDiscussions;
using WbL.Modules.NeedsIdentification.Insights;
using WbL.Modules.NeedsIdentification.Seeding;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification;

/// <summary>Step 1 of the process: business needs, 1:1 development discussions, individual needs and the portable plan.</summary>
public sealed class NeedsIdentificationModule : IModule
{
    public string Name => "NeedsIdentification";

    public string TablePrefix => "ni_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportFacts<NeedFact>, NeedReportFacts>();
        services.AddScoped<IRecordSubjects, DevelopmentNeedSubjects>();
        services.AddScoped<IRecordSubjects, DiscussionSubjects>();
        services.AddScoped<IDevelopmentStatusQuery, DevelopmentStatusQuery>();
        services.AddScoped<IDevelopmentNeeds, DevelopmentNeedsGateway>();
        services.AddScoped<BusinessNeedScopes>();
        services.AddScoped<NeedWriter>();
        services.AddScoped<NeedListing>();
        services.AddScoped<DiscussionListing>();
        services.AddScoped<DemoNeeds>();
        services.AddScoped<IActionItemSource, NeedActions>();
    }

    /// <summary>Fills the demo organisation with a first round of needs. Runs after the Organisation module's seeding.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoNeeds>().SeedAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(NeedsIdentificationModule).Assembly);
}
