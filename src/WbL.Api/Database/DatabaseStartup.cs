using WbL.SharedKernel.Data;

namespace WbL.Api.Database;

/// <summary>
/// When the schema is migrated: on start (the default, right for one instance), or only by the <c>migrate</c>
/// command, which production runs once before rolling out new instances that have <c>Wbl:MigrateOnStart=false</c>.
/// </summary>
internal static class DatabaseStartup
{
    public const string MigrateCommand = "migrate";

    /// <summary>
    /// Migrates as configured. True when the process was started as the <c>migrate</c> command and must now exit
    /// without serving; <see cref="Environment.ExitCode"/> then tells whether the migration succeeded.
    /// </summary>
    public static bool MigrateOrExit(string[] args, DatabaseOptions database, IConfiguration configuration, ILogger logger)
    {
        if (args.Length > 0 && string.Equals(args[0], MigrateCommand, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                DatabaseSetup.Migrate(database, logger);
                logger.LogInformation("The {Provider} database is up to date", database.Provider);
                Environment.ExitCode = 0;
            }
            catch (Exception exception)
            {
                logger.LogCritical(exception, "Migrating the {Provider} database failed", database.Provider);
                Environment.ExitCode = 1;
            }
            return true;
        }
        if (configuration.GetValue("Wbl:MigrateOnStart", true))
        {
            DatabaseSetup.Migrate(database, logger);
        }
        else
        {
            logger.LogInformation("Wbl:MigrateOnStart is false: the database is expected to be migrated by the migrate command");
        }
        return false;
    }
}
