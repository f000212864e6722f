using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.SolutionSelection.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts.Seeding;

/// <summary>
/// Gives the demo organisation a contract under way: Daniel's chairing course, signed by him and
/// Grace four weeks ago, with Fiona from Income as his mentor. Its start reaches the progress
/// reviews module through the outbox like any other. Runs only while there are no contracts.
/// </summary>
internal sealed class DemoContracts(
    IDbSession session, IOrganisationDirectory directory, IDevelopmentNeeds needs, ISolutionChoices solutions, Outbox outbox,
    IConfiguration configuration, TimeProvider clock, ILogger<DemoContracts> logger)
{
    private const string AnyContractsSql = "SELECT COUNT(1) FROM lc_contracts";

    private const string InsertContractSql = """
        INSERT INTO lc_contracts (id, need_id, learner_id, manager_id, option_id, solution_type, solution_description, status,
            in_force_number, pending_number, completed_on, completion_outcome, withdrawal_reason, version, created_at, updated_at)
        VALUES (@Id, @NeedId, @LearnerId, @ManagerId, @OptionId, @SolutionType, @SolutionDescription, 'Active', 1, NULL, NULL, NULL, NULL, 1, @CreatedAt, @Now)
        """;

    private const string InsertAgreedVersionSql = """
        INSERT INTO lc_contract_versions (contract_id, number, status, terms, start_date, end_date, mentor_id, learner_signed_by, learner_signed_at,
            manager_signed_by, manager_signed_at, change_comment, created_by, created_at, updated_at)
        VALUES (@ContractId, 1, 'Agreed', @Terms, @StartDate, @EndDate, @MentorId, @LearnerId, @LearnerSignedAt, @ManagerId, @ManagerSignedAt, NULL,
            @ManagerId, @CreatedAt, @ManagerSignedAt)
        """;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Wbl:SeedDemoData", false))
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var manager = await directory.FindPersonByEmailAsync("grace.lindqvist@brightwater.example", cancellationToken);
        var learner = await directory.FindPersonByEmailAsync("daniel.mensah@brightwater.example", cancellationToken);
        var mentor = await directory.FindPersonByEmailAsync("fiona.walsh@brightwater.example", cancellationToken);
        if (manager is null || learner is null || mentor is null
            || await connection.ExecuteScalarAsync<long>(new CommandDefinition(AnyContractsSql, transaction: session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return;
        }
        var selected = await solutions.SelectedForLearnerAsync(learner.Id, cancellationToken);
        var solution = selected.Count > 0 ? selected[0] : null;
        var need = solution is null ? null : await needs.FindAsync(solution.NeedId, cancellationToken);
        if (solution is null || need is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var start = today.AddDays(-28);
        var terms = new ContractTerms(
            need.LearningOutcomes, start, start.AddDays(7 * 12), 2m, 1, 2, start.AddDays(14),
            ["Agenda setting and timekeeping", "Handling a dominant voice"],
            ["Redesign the tenant panel agenda so meetings end on time"],
            mentor.Id, solution.Cost ?? 0m, "Panel meetings ending on time", "%", 40m, start.AddDays(-7),
            ["StudyTime", "ConsultationOnWorkProjects", "ChampionIdeas"], "Friday afternoons are protected for study");
        var contractId = Guid.CreateVersion7();
        var created = now.AddDays(-31);
        await session.InTransactionAsync(async () =>
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertContractSql, new
            {
                Id = contractId,
                NeedId = need.Id,
                LearnerId = learner.Id,
                ManagerId = manager.Id,
                solution.OptionId,
                solution.SolutionType,
                SolutionDescription = solution.Description,
                CreatedAt = created,
                Now = now,
            }, session.Transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(InsertAgreedVersionSql, new
            {
                ContractId = contractId,
                Terms = terms.Serialise(),
                StartDate = start,
                EndDate = terms.EndDate,
                MentorId = mentor.Id,
                LearnerId = learner.Id,
                LearnerSignedAt = created.AddDays(1),
                ManagerId = manager.Id,
                ManagerSignedAt = created.AddDays(2),
                CreatedAt = created,
            }, session.Transaction, cancellationToken: cancellationToken));
            await needs.MoveWithContractAsync(need.Id, ContractStage.Agreed, manager.Id, "Contract version 1 signed by both", cancellationToken);
            await needs.MoveWithContractAsync(need.Id, ContractStage.Active, manager.Id, "Learning started", cancellationToken);
            await outbox.AddAsync(Outbox.Activated, new ContractEvent(contractId, need.Id, learner.Id, 1, start), cancellationToken);
        }, cancellationToken);
        logger.LogInformation("Seeded a demo learning contract under way");
    }
}
