using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.SolutionSelection.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

internal sealed class CreateContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ISolutionChoices solutions,
    ContractWriter writer, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateContractCommand, ContractResponse>
{
    private const string OpenContractSql = "SELECT COUNT(1) FROM lc_contracts WHERE need_id = @NeedId AND status NOT IN ('Completed', 'Withdrawn')";

    private const string InsertSql = """
        INSERT INTO lc_contracts (id, need_id, learner_id, manager_id, option_id, solution_type, solution_description, status,
            in_force_number, pending_number, completed_on, completion_outcome, withdrawal_reason, version, created_at, updated_at)
        VALUES (@Id, @NeedId, @LearnerId, @ManagerId, @OptionId, @SolutionType, @SolutionDescription, 'Draft', NULL, 1, NULL, NULL, NULL, 1, @Now, @Now)
        """;

    public async ValueTask<ContractResponse> Handle(CreateContractCommand command, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(command.NeedId, cancellationToken) ?? throw new NotFoundException("Development need", command.NeedId);
        var solution = await solutions.FindSelectedAsync(need.Id, cancellationToken);
        if (need.Status != "SolutionSelected" || solution is null)
        {
            throw new StateConflictException("Select a solution for the need before drafting its contract.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(OpenContractSql, new { NeedId = need.Id }, session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw new StateConflictException("This need already has a contract in progress.");
        }
        var terms = command.Terms with
        {
            LearningOutcomes = command.Terms.LearningOutcomes ?? need.LearningOutcomes,
            Cost = command.Terms.Cost ?? solution.Cost,
        };
        await writer.CheckMentorAsync(need.LearnerId, terms.MentorId, cancellationToken);

        var id = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            NeedId = need.Id,
            need.LearnerId,
            ManagerId = currentUser.PersonId,
            solution.OptionId,
            solution.SolutionType,
            SolutionDescription = solution.Description,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        await writer.InsertDraftAsync(id, 1, terms.ToTerms(), currentUser.PersonId, cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, id, cancellationToken) ?? throw new NotFoundException("Contract", id);
    }
}
