using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.Modules.Organisation.Access;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.Organisation.Features.ImportPeople;
using WbL.Modules.Organisation.Seeding;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation;

public sealed class OrganisationModule : IModule
{
    public string Name => "Organisation";

    public string TablePrefix => "org_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPersonAccessPolicy, ReportingLineAccessPolicy>();
        services.AddScoped<IAuthSessions, AuthSessions>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IRecordSubjects, PersonSubjects>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton(SessionSettings.From(configuration));
        services.AddSingleton(ImportSettings.From(configuration));
        services.AddScoped<OrganisationSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(OrganisationModule).Assembly);

    /// <summary>Creates the bootstrap admin and, when asked, the demo organisation. Runs after migrations.</summary>
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrganisationSeeder>().SeedAsync(cancellationToken);
}
