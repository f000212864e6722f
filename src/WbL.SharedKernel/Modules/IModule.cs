using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WbL.SharedKernel.Modules;

/// <summary>A feature module: registers its own services and maps its own endpoints.</summary>
public interface IModule
{
    string Name { get; }

    /// <summary>Every table this module owns starts with this prefix, in both SQL dialects.</summary>
    string TablePrefix { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder api);
}

/// <summary>One use case's HTTP route(s). Modules discover their endpoints by this interface.</summary>
public interface IEndpoint
{
    void Map(IEndpointRouteBuilder api);
}

public static class EndpointDiscovery
{
    public static void MapEndpointsOf(this IEndpointRouteBuilder api, System.Reflection.Assembly assembly)
    {
        var endpoints = assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IEndpoint).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (IEndpoint)Activator.CreateInstance(type)!);
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(api);
        }
    }
}
