using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.LearnerContracts.Access;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.LearnerContracts.Insights;
using WbL.Modules.LearnerContracts.Seeding;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts;

/// <summary>Step 3 of the process: the contract learner and manager agree and sign before learning starts, kept in versions.</summary>
public sealed class LearnerContractsModule : IModule
{
    public string Name => "LearnerContracts";

    public string TablePrefix => "lc_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportFacts<ContractFact>, ContractReportFacts>();
        services.AddScoped<IRecordSubjects, ContractSubjects>();
        services.AddScoped<ContractWriter>();
        services.AddScoped<Outbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<ILearnerContracts, ContractsForOtherModules>();
        services.AddScoped<ContractActivation>();
        services.AddHostedService<ContractActivationService>();
        services.AddScoped<DemoContracts>();
        services.AddScoped<ContractActions>();
        services.AddScoped<IActionItemSource>(provider => provider.GetRequiredService<ContractActions>());
        services.AddScoped<ITeamFiguresSource>(provider => provider.GetRequiredService<ContractActions>());
    }

    /// <summary>Puts a demo contract under way. Runs after the Solution selection module's seeding.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoContracts>().SeedAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(LearnerContractsModule).Assembly);
}
