using WbL.Modules.SolutionSelection.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

internal sealed class SolutionChoices(IDbSession session) : ISolutionChoices
{
    public async ValueTask<SelectedSolution?> FindSelectedAsync(Guid needId, CancellationToken cancellationToken)
    {
        var selected = (await Options.ForNeedAsync(session, needId, cancellationToken)).FirstOrDefault(option => option.Status == OptionStatuses.Selected);
        return selected is null ? null : new SelectedSolution(
            selected.Id, selected.NeedId, selected.SolutionType, selected.SolutionTypeName, selected.Description,
            selected.OfferingTitle, selected.ProviderName, selected.Cost, selected.HoursAway);
    }
}
