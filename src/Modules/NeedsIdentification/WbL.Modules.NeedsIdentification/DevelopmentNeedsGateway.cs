using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification;

internal sealed class DevelopmentNeedsGateway(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer)
    : IDevelopmentNeeds
{
    private const string AwaitingSolutionSql = DevelopmentNeeds.SelectColumns + """

        WHERE n.status = 'Identified' AND n.is_private = 0
        ORDER BY n.created_at, n.id
        """;

    public async ValueTask<DevelopmentNeedSummary?> FindAsync(Guid needId, CancellationToken cancellationToken)
    {
        var need = await DevelopmentNeeds.FindAsync(session, dialect, directory, needId, cancellationToken);
        return need is null ? null : Summarise(need);
    }

    public async ValueTask<IReadOnlyList<DevelopmentNeedSummary>> AwaitingSolutionAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DevelopmentNeeds.Row>(new CommandDefinition(AwaitingSolutionSql, transaction: session.Transaction, cancellationToken: cancellationToken))).AsList();
        var needs = await DevelopmentNeeds.ToResponsesAsync(session, dialect, directory, rows, cancellationToken);
        return needs.Select(Summarise).ToList();
    }

    public async ValueTask MarkSolutionSelectedAsync(Guid needId, Guid byPersonId, string note, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        if (current.Status == NeedStatuses.SolutionSelected)
        {
            return;
        }
        if (current.Status != NeedStatuses.Identified)
        {
            throw new StateConflictException(current.Status == NeedStatuses.Proposed
                ? "The learner's manager must confirm this aspiration before a solution is selected."
                : "A solution can be selected only for a need that is identified and not yet contracted.");
        }
        await writer.ChangeStatusAsync(needId, current.Version, current.Status, NeedStatuses.SolutionSelected, "Solution selected", note, byPersonId, cancellationToken);
    }

    public async ValueTask MoveWithContractAsync(Guid needId, ContractStage stage, Guid byPersonId, string note, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        var (target, from, action) = stage switch
        {
            ContractStage.Agreed => (NeedStatuses.Contracted, new[] { NeedStatuses.SolutionSelected }, "Contract agreed"),
            ContractStage.Active => (NeedStatuses.InProgress, new[] { NeedStatuses.Contracted }, "Learning started"),
            ContractStage.Completed => (NeedStatuses.Completed, new[] { NeedStatuses.Contracted, NeedStatuses.InProgress }, "Learning completed"),
            _ => (NeedStatuses.SolutionSelected, new[] { NeedStatuses.Contracted, NeedStatuses.InProgress }, "Contract withdrawn"),
        };
        if (current.Status == target)
        {
            return;
        }
        if (!from.Contains(current.Status))
        {
            throw new StateConflictException($"The need is {current.Status}; its contract cannot take it to {target}.");
        }
        await writer.ChangeStatusAsync(needId, current.Version, current.Status, target, action, note, byPersonId, cancellationToken);
    }

    private static DevelopmentNeedSummary Summarise(DevelopmentNeedResponse need) =>
        new(need.Id, need.LearnerId, need.Title, need.Status, need.IsPrivate, need.CompetencyTags, need.LearningOutcomes);
}
