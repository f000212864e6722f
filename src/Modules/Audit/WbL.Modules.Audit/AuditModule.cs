using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Audit;

/// <summary>The audit trail: every change, who made it and when, kept append-only and read by HR, Admin and the people concerned.</summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public string TablePrefix => "aud_";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<AuditEntryReads>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapEndpointsOf(typeof(AuditModule).Assembly);
}
