using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.NeedsIdentification.Features.UpdateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.CancelDevelopmentNeed;

/// <summary>The line manager cancels an open need; the learner may withdraw their own unconfirmed proposal.</summary>
internal sealed class CancelDevelopmentNeedHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, RequestAccess access, ICurrentUser currentUser)
    : ICommandHandler<CancelDevelopmentNeedCommand, DevelopmentNeedResponse>
{
    public async ValueTask<DevelopmentNeedResponse> Handle(CancelDevelopmentNeedCommand command, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
        if (!access.IsManager && !(access.IsOwner && current.Status == NeedStatuses.Proposed))
        {
            throw new ForbiddenException(access.IsOwner
                ? "Your manager has confirmed this need; ask them to cancel it."
                : "Only the learner's line manager cancels development needs.");
        }
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Development need");
        }
        if (!NeedStatuses.IsOpen(current.Status))
        {
            throw new StateConflictException($"A {UpdateDevelopmentNeedHandler.Describe(current.Status)} need cannot be cancelled.");
        }

        await writer.ChangeStatusAsync(command.Id, command.Version, current.Status, NeedStatuses.Cancelled, "Cancelled", command.Reason.Trim(), currentUser.PersonId, cancellationToken);
        return await DevelopmentNeeds.FindAsync(session, dialect, directory, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
    }
}
