using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.LearningSets.Seeding;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets;

/// <summary>Action learning sets: peers with a facilitator who meet about monthly (DOMAIN.md §6).</summary>
public sealed class LearningSetsModule : IModule
{
    public string Name => "LearningSets";

    public string TablePrefix => "als_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SetReads>();
        services.AddScoped<MeetingReads>();
        services.AddScoped<ILearningSetCatalogue, LearningSetCatalogue>();
        services.AddScoped<ContractSetJoining>();
        services.AddScoped<OneToOneReads>();
        services.AddScoped<ProgrammeReviewReads>();
        services.AddScoped<DemoLearningSets>();
    }

    /// <summary>Writes the demo organisation's learning sets. Runs after the Organisation module's seeding.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoLearningSets>().SeedAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(LearningSetsModule).Assembly);
}
