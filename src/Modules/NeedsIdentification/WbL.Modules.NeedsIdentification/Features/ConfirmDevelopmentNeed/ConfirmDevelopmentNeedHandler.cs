using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.ConfirmDevelopmentNeed;

internal sealed class ConfirmDevelopmentNeedHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, ICurrentUser currentUser)
    : ICommandHandler<ConfirmDevelopmentNeedCommand, DevelopmentNeedResponse>
{
    public async ValueTask<DevelopmentNeedResponse> Handle(ConfirmDevelopmentNeedCommand command, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Development need");
        }
        if (current.Status != NeedStatuses.Proposed)
        {
            throw new StateConflictException("Only a proposed aspiration waits for confirmation.");
        }
        await writer.ChangeStatusAsync(command.Id, command.Version, current.Status, NeedStatuses.Identified, "Confirmed", null, currentUser.PersonId, cancellationToken);
        return await DevelopmentNeeds.FindAsync(session, dialect, directory, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
    }
}
