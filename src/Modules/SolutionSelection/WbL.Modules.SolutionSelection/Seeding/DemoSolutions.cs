using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.Modules.SolutionSelection.Features.CreateOffering;
using WbL.Modules.SolutionSelection.Features.CreateProvider;
using WbL.Modules.SolutionSelection.Features.RequestAdvice;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection.Seeding;

/// <summary>
/// Gives the demo organisation a provider register and a need part-way through solution selection:
/// two options appraised for Tom's planning need and a question waiting in HR's advice queue; and
/// Daniel's chairing need with its solution chosen, ready for the learning contract the next step seeds.
/// Runs only on the demo organisation and only while the register is empty.
/// </summary>
internal sealed class DemoSolutions(
    IDbSession session, IOrganisationDirectory directory, IDevelopmentNeeds needs, OptionWriter options,
    IConfiguration configuration, TimeProvider clock, ILogger<DemoSolutions> logger)
{
    private const string AnyProvidersSql = "SELECT COUNT(1) FROM ss_providers";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Wbl:SeedDemoData", false))
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var manager = await directory.FindPersonByEmailAsync("priya.shah@brightwater.example", cancellationToken);
        var planner = await directory.FindPersonByEmailAsync("tom.gallagher@brightwater.example", cancellationToken);
        var tenancyManager = await directory.FindPersonByEmailAsync("grace.lindqvist@brightwater.example", cancellationToken);
        var officer = await directory.FindPersonByEmailAsync("daniel.mensah@brightwater.example", cancellationToken);
        if (manager is null || planner is null || tenancyManager is null || officer is null
            || await connection.ExecuteScalarAsync<long>(new CommandDefinition(AnyProvidersSql, transaction: session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return;
        }
        var awaiting = await needs.AwaitingSolutionAsync(cancellationToken);
        var need = awaiting.FirstOrDefault(candidate => candidate.LearnerId == planner.Id);
        var chairing = awaiting.FirstOrDefault(candidate => candidate.LearnerId == officer.Id);

        await session.InTransactionAsync(async () =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var academy = await ProviderAsync("Brightwater Learning Academy", "InternalAcademy", today.AddMonths(12), [], cancellationToken);
            var college = await ProviderAsync("Northern College of Further Education", "FeCollege", null, ["Ofsted: Good"], cancellationToken);
            var institute = await ProviderAsync("Chartered Institute of Housing", "ProfessionalBody", today.AddMonths(9), ["Ofqual recognised awarding body"], cancellationToken);

            var chairingCourse = await OfferingAsync(academy, "Chairing effective meetings", "InHouseProgramme", null, "1 day", 120m, "Classroom", cancellationToken);
            var planning = await OfferingAsync(college, "Repairs planning and scheduling", "ExternalTraining", null, "2 days", 380m, "Classroom", cancellationToken);
            await OfferingAsync(college, "Gas Safe ACS initial assessment", "ExternalTraining", "ACS CCN1 certificate", "5 days", 1100m, "Workplace", cancellationToken);
            await OfferingAsync(institute, "Level 4 Certificate in Housing", "ExternalTraining", "CIH Level 4 Certificate in Housing", "6 months, one evening a week", 1450m, "Blended", cancellationToken);

            if (chairing is not null)
            {
                await options.InsertAsync(chairing.Id, chairing.LearnerId, new DemoOption(
                    "InHouseProgramme", "Chairing effective meetings (Brightwater Learning Academy, 1 day), then chairing two panels with feedback", chairingCourse,
                    4, 4, 4, 5, 4, 120m, 7.5m),
                    null, tenancyManager.Id, OptionStatuses.Selected, "A day's course and real panels to practise on straight away", cancellationToken);
                await needs.MarkSolutionSelectedAsync(chairing.Id, tenancyManager.Id, "In-house programme: Chairing effective meetings", cancellationToken);
            }
            if (need is null)
            {
                return;
            }
            await options.InsertAsync(need.Id, need.LearnerId, new DemoOption(
                "WorkShadowing", "Shadow the Income team's scheduler for two morning planning meetings", null, 4, 4, 5, 5, 4, 0m, 7m),
                null, manager.Id, OptionStatuses.Proposed, null, cancellationToken);
            await options.InsertAsync(need.Id, need.LearnerId, new DemoOption(
                "ExternalTraining", "Repairs planning and scheduling (Northern College, 2 days)", planning, 4, 3, 3, 3, 3, 380m, 15m),
                null, manager.Id, OptionStatuses.Proposed, null, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(RequestAdviceHandler.InsertSql, new
            {
                Id = Guid.CreateVersion7(),
                NeedId = need.Id,
                need.LearnerId,
                By = manager.Id,
                Topics = AdviceRequests.SerialiseTopics(["PreferredSuppliers", "SolutionResearch"]),
                Question = "Is there a provider we prefer for planning and scheduling skills, or a short course other housing associations use?",
                Now = clock.GetUtcNow(),
            }, session.Transaction, cancellationToken: cancellationToken));
        }, cancellationToken);
        logger.LogInformation("Seeded the demo provider register, options and an advice request");
    }

    private async Task<Guid> ProviderAsync(string name, string kind, DateOnly? preferredUntil, string[] accreditations, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateProviderHandler.InsertSql, new
        {
            Id = id,
            Name = name,
            Kind = kind,
            Preferred = preferredUntil is not null,
            PreferredReviewOn = preferredUntil,
            Accreditations = Providers.SerialiseAccreditations(accreditations),
            ContactName = (string?)null,
            ContactEmail = (string?)null,
            Website = (string?)null,
            Active = true,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }

    private async Task<Guid> OfferingAsync(Guid providerId, string title, string solutionType, string? qualification, string duration, decimal cost, string deliveryMode,
        CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateOfferingHandler.InsertSql, new
        {
            Id = id,
            ProviderId = providerId,
            Title = title,
            SolutionType = solutionType,
            Accredited = qualification is not null,
            Qualification = qualification,
            Duration = duration,
            Cost = cost,
            DeliveryMode = deliveryMode,
            Active = true,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }

    private sealed record DemoOption(
        string SolutionType, string Description, Guid? OfferingId, int? KnowledgeRating, int? SkillRating, int? BehaviourRating,
        int? TransferRating, int? SustainabilityRating, decimal? Cost, decimal? HoursAway) : IOptionFields
    {
        public string? KnowledgeNote => null;
        public string? SkillNote => null;
        public string? BehaviourNote => null;
        public Guid? LearningSetId => null;
    }
}
