using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.SolutionSelection.Access;
using WbL.Modules.SolutionSelection.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.Modules.SolutionSelection.Insights;
using WbL.Modules.SolutionSelection.Seeding;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection;

/// <summary>Step 2 of the process: options appraised for a need, the provider register, HR advice and corporate programmes.</summary>
public sealed class SolutionSelectionModule : IModule
{
    public string Name => "SolutionSelection";

    public string TablePrefix => "ss_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportFacts<SolutionTypeFact>, SolutionTypeReportFacts>();
        services.AddScoped<IReportFacts<SelectedOptionFact>, SelectedOptionReportFacts>();
        services.AddScoped<IRecordSubjects, SolutionOptionSubjects>();
        services.AddScoped<IRecordSubjects, AdviceRequestSubjects>();
        services.AddSingleton(ProgrammeSettings.From(configuration));
        services.AddScoped<OptionWriter>();
        services.AddScoped<ISolutionChoices, SolutionChoices>();
        services.AddScoped<DemoSolutions>();
        services.AddScoped<IActionItemSource, SolutionActions>();
    }

    /// <summary>Fills the demo organisation's provider register and a first appraisal. Runs after needs identification's seeding.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoSolutions>().SeedAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(SolutionSelectionModule).Assembly);
}
