using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

internal sealed class AddOptionHandler(IDbSession session, IDevelopmentNeeds needs, OptionWriter writer, ICurrentUser currentUser, ILearningSetCatalogue sets)
    : ICommandHandler<AddOptionCommand, SolutionOptionResponse>
{
    public async ValueTask<SolutionOptionResponse> Handle(AddOptionCommand command, CancellationToken cancellationToken)
    {
        var need = await Options.OpenForSelectionAsync(needs, command.NeedId, cancellationToken);
        await Options.CheckReferencesAsync(session, command.SolutionType, command.OfferingId, cancellationToken);
        await Options.CheckLearningSetAsync(sets, command.LearningSetId, null, cancellationToken);
        var id = await writer.InsertAsync(need.Id, need.LearnerId, command, null, currentUser.PersonId, OptionStatuses.Proposed, null, cancellationToken);
        return await Options.FindAsync(session, sets, id, cancellationToken) ?? throw new NotFoundException("Solution option", id);
    }
}
