using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Serilog;
using WbL.Api.Auth;
using WbL.Api.Database;
using WbL.Api.Errors;
using WbL.Api.Hosting;
using WbL.Modules.Audit;
using WbL.Modules.ImpactReviews;
using WbL.Modules.Insights;
using WbL.Modules.LearnerContracts;
using WbL.Modules.LearningSets;
using WbL.Modules.NeedsIdentification;
using WbL.Modules.Organisation;
using WbL.Modules.ProgressReviews;
using WbL.Modules.SolutionSelection;
using WbL.SharedKernel;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Behaviors;
using WbL.SharedKernel.Modules;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());

IModule[] modules = [new OrganisationModule(), new NeedsIdentificationModule(), new SolutionSelectionModule(), new LearnerContractsModule(), new ProgressReviewsModule(),
    new ImpactReviewsModule(), new LearningSetsModule(), new AuditModule(), new InsightsModule()];

var database = DatabaseSetup.ResolveOptions(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSharedKernel(database);
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
    FluentValidation.ServiceCollectionExtensions.AddValidatorsFromAssembly(builder.Services, module.GetType().Assembly, includeInternalTypes: true);
}

builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(OrganisationModule), typeof(NeedsIdentificationModule), typeof(SolutionSelectionModule), typeof(LearnerContractsModule), typeof(ProgressReviewsModule),
        typeof(ImpactReviewsModule), typeof(LearningSetsModule), typeof(AuditModule), typeof(InsightsModule),
        // Event types other modules subscribe to live in the publishing module's Contracts assembly.
        typeof(WbL.Modules.LearnerContracts.Contracts.IContractEvent)];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(TransactionBehavior<,>),
        // Inside the transaction: the entry commits or rolls back with the change it records.
        typeof(AuditBehavior<,>),
    ];
});

builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Malformed JSON must reach the exception handler as a 400 problem, not an empty 400.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.AllowTrailingCommas = false);
// A member the request does not have (a status, an owner, an id) is refused, not silently ignored.
builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow);

builder.Services.AddWblAuth(builder.Configuration, builder.Environment);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
builder.Services.AddWblSwagger();
builder.Services.AddWblDataProtection();

var app = builder.Build();

if (DatabaseStartup.MigrateOrExit(args, database, app.Configuration, app.Logger))
{
    await app.DisposeAsync();
    return;
}
if (builder.Configuration["Wbl:SeedDemoData"] is null)
{
    builder.Configuration["Wbl:SeedDemoData"] = DatabaseSetup.SeedDemoDataByDefault(builder.Configuration).ToString();
}
await using (var scope = app.Services.CreateAsyncScope())
{
    await OrganisationModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    await NeedsIdentificationModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    await SolutionSelectionModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    await LearnerContractsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    await ProgressReviewsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    await LearningSetsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
}

// Outermost, so that each request is logged once with the status the client finally got.
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
{
    diagnostics.Set("PersonId", http.User.FindFirst(WblClaimTypes.PersonId)?.Value ?? "anonymous");
    diagnostics.Set("ClientIp", http.Connection.RemoteIpAddress?.ToString() ?? "");
});
app.UseExceptionHandler();
app.UseStatusCodePages();

app.UseSwagger();
if (app.Environment.IsDevelopment() || app.Configuration.GetValue("Wbl:SwaggerUi", false))
{
    app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "WbL API v1"));
}

app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

var api = app.MapGroup("/api")
    .RequireAuthorization()
    .AddEndpointFilter<AntiforgeryFilter>();
api.MapSsoEndpoints(app.Configuration);
foreach (var module in modules)
{
    module.MapEndpoints(api);
}
// Unknown API routes are 404 problems, not the SPA's index page.
app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API route."))
    .ExcludeFromDescription();
app.MapFallbackToFile("index.html");

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
