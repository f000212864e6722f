using Dapper;
using WbL.Modules.SolutionSelection.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

internal sealed class SolutionChoices(IDbSession session) : ISolutionChoices
{
    private const string SelectedNeedsSql = "SELECT need_id FROM ss_options WHERE learner_id = @LearnerId AND status = 'Selected' ORDER BY decided_at, id";

    public async ValueTask<IReadOnlyList<SelectedSolution>> SelectedForLearnerAsync(Guid learnerId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var needIds = await connection.QueryAsync<Guid>(new CommandDefinition(SelectedNeedsSql, new { LearnerId = learnerId }, session.Transaction, cancellationToken: cancellationToken));
        var selected = new List<SelectedSolution>();
        foreach (var needId in needIds)
        {
            if (await FindSelectedAsync(needId, cancellationToken) is { } solution)
            {
                selected.Add(solution);
            }
        }
        return selected;
    }

    public async ValueTask<SelectedSolution?> FindSelectedAsync(Guid needId, CancellationToken cancellationToken)
    {
        var selected = (await Options.RowsForNeedAsync(session, needId, cancellationToken)).FirstOrDefault(option => option.Status == OptionStatuses.Selected);
        return selected is null ? null : new SelectedSolution(
            selected.Id, selected.NeedId, selected.SolutionType, selected.SolutionTypeName, selected.Description,
            selected.OfferingTitle, selected.ProviderName, selected.Cost, selected.HoursAway, selected.LearningSetId);
    }
}
