using Microsoft.Extensions.DependencyInjection;
using WbL.SharedKernel.Data;

namespace WbL.SharedKernel;

public static class SharedKernelServices
{
    public static IServiceCollection AddSharedKernel(this IServiceCollection services, DatabaseOptions database)
    {
        // Columns are snake_case in both dialects; C# properties are PascalCase.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        services.AddSingleton(database);
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddScoped<DbSession>();
        services.AddScoped<IDbSession>(provider => provider.GetRequiredService<DbSession>());
        services.AddSingleton<ISqlDialect>(database.Provider == DatabaseProvider.SqlServer ? new SqlServerDialect() : new SqliteDialect());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Authorization.RequestAccess>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteTypeHandlers.Register();
        }
        return services;
    }
}
