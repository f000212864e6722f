using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.NeedsIdentification.Features.RecordDiscussion;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification.Seeding;

/// <summary>
/// Gives the demo organisation a first round of needs identification, so that a first run shows a
/// manager's team with 1:1s held, needs at different stages and business needs they serve.
/// Runs only on the demo organisation and only while this module has no records.
/// </summary>
internal sealed class DemoNeeds(
    IDbSession session, IOrganisationDirectory directory, NeedWriter writer, IConfiguration configuration, TimeProvider clock, ILogger<DemoNeeds> logger)
{
    private const string AnyRecordsSql = "SELECT COUNT(1) FROM ni_business_needs";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Wbl:SeedDemoData", false))
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var repairsManager = await directory.FindPersonByEmailAsync("priya.shah@brightwater.example", cancellationToken);
        var tenancyManager = await directory.FindPersonByEmailAsync("grace.lindqvist@brightwater.example", cancellationToken);
        var hr = await directory.FindPersonByEmailAsync("claire.dubois@brightwater.example", cancellationToken);
        var planner = await directory.FindPersonByEmailAsync("tom.gallagher@brightwater.example", cancellationToken);
        var operative = await directory.FindPersonByEmailAsync("aisha.bello@brightwater.example", cancellationToken);
        var officer = await directory.FindPersonByEmailAsync("daniel.mensah@brightwater.example", cancellationToken);
        if (repairsManager is null || tenancyManager is null || hr is null || planner is null || operative is null || officer is null
            || await connection.ExecuteScalarAsync<long>(new CommandDefinition(AnyRecordsSql, transaction: session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return;
        }

        await session.InTransactionAsync(async () =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var financialYear = today.Month >= 4 ? today.Year : today.Year - 1;
            var repairsUnit = await directory.FindUnitAsync(repairsManager.OrgUnitId, cancellationToken);
            var operationsUnit = repairsUnit?.ParentId is { } parent ? await directory.FindUnitAsync(parent, cancellationToken) : null;
            if (repairsUnit is null || operationsUnit is null)
            {
                return;
            }

            var backlog = await BusinessNeedAsync(repairsUnit, repairsManager.Id, "Cut the repairs backlog",
                "Repairs completed within the target times set in the tenancy agreement", "Repairs completed on time", "%", 72m, 90m, financialYear, cancellationToken);
            await BusinessNeedAsync(operationsUnit, hr.Id, "Raise tenant satisfaction",
                "Tenants rate our housing services as good or better", "Tenant satisfaction score", "points", 68m, 80m, financialYear, cancellationToken);

            var discussion = await DiscussionAsync(planner.Id, repairsManager.Id, today.AddDays(-7), today.AddDays(21),
                "Looked at how jobs are planned each morning and where urgent repairs get stuck behind routine ones.",
                ["Tom sits in on two morning planning meetings run by the Income team's scheduler", "Agree a trial of risk-based ordering in the next 1:1"],
                cancellationToken);
            await writer.InsertAsync(planner.Id, new IdentifiedNeed(
                "Plan repairs by priority and risk",
                ["Order a day's repair jobs by risk to the tenant and the building", "Explain the priority rules to operatives in a morning briefing"],
                "Urgent repairs are reached within 24 hours and the backlog falls",
                "Senior Repairs Planner", backlog, NeedOrigins.BusinessRequirement, false, Priorities.High, ["planning", "risk assessment"]),
                discussion, NeedStatuses.Identified, repairsManager.Id, cancellationToken);

            await writer.InsertAsync(operative.Id, new IdentifiedNeed(
                "Qualify as a gas engineer",
                ["Complete the Gas Safe registration course", "Carry out supervised boiler services for twelve weeks"],
                "The team can take on gas servicing without calling contractors",
                "Gas Engineer", null, NeedOrigins.PersonalAspiration, false, Priorities.Medium, ["gas safety"]),
                null, NeedStatuses.Proposed, operative.Id, cancellationToken);

            await writer.InsertAsync(officer.Id, new IdentifiedNeed(
                "Chair tenant panel meetings",
                ["Chair a tenant panel meeting to time", "Summarise the panel's decisions in writing within two days"],
                "Panel meetings end on time with clear, recorded actions",
                null, null, NeedOrigins.PerformanceGap, false, Priorities.Medium, ["facilitation", "written communication"]),
                null, NeedStatuses.Identified, tenancyManager.Id, cancellationToken);
        }, cancellationToken);
        logger.LogInformation("Seeded demo business needs, 1:1s and development needs");
    }

    private async Task<Guid> BusinessNeedAsync(UnitSummary unit, Guid by, string title, string objective, string measure, string measureUnit,
        decimal baseline, decimal target, int financialYear, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateBusinessNeedHandler.InsertSql, new
        {
            Id = id,
            OrgUnitId = unit.Id,
            unit.OrganisationId,
            Title = title,
            BusinessObjective = objective,
            MeasureName = measure,
            MeasureUnit = measureUnit,
            BaselineValue = baseline,
            TargetValue = target,
            Priority = Priorities.High,
            PeriodStart = new DateOnly(financialYear, 4, 1),
            PeriodEnd = new DateOnly(financialYear + 1, 3, 31),
            By = by,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }

    private async Task<Guid> DiscussionAsync(Guid learnerId, Guid managerId, DateOnly heldOn, DateOnly next, string summary, string[] outcomes, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RecordDiscussionHandler.InsertSql, new
        {
            Id = id,
            LearnerId = learnerId,
            ManagerId = managerId,
            Kind = DiscussionKinds.OneToOne,
            HeldOn = heldOn,
            Summary = summary,
            AgreedOutcomes = Discussions.SerialiseOutcomes(outcomes),
            NextDiscussionOn = next,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }
}
