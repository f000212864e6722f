using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDevelopmentNeed;

/// <summary>
/// The line manager edits an open need; the learner edits their own proposal until the manager
/// confirms it. A finished or cancelled need is history and stays as it was.
/// </summary>
internal sealed class UpdateDevelopmentNeedHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, RequestAccess access, ICurrentUser currentUser)
    : ICommandHandler<UpdateDevelopmentNeedCommand, DevelopmentNeedResponse>
{
    public async ValueTask<DevelopmentNeedResponse> Handle(UpdateDevelopmentNeedCommand command, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
        var ownProposal = access.IsOwner && current.Status == NeedStatuses.Proposed;
        if (!access.IsManager && !ownProposal)
        {
            throw new ForbiddenException(access.IsOwner
                ? "Your manager has confirmed this need; ask them to change it."
                : "Only the learner's line manager edits development needs.");
        }
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Development need");
        }
        if (!NeedStatuses.IsOpen(current.Status))
        {
            throw new StateConflictException($"A {Describe(current.Status)} need can no longer be edited.");
        }
        if (ownProposal && !access.IsManager && command.Origin != NeedOrigins.PersonalAspiration)
        {
            throw Validation.Fail("origin", "Your proposal stays a personal aspiration; your manager can change its origin.");
        }

        await writer.CheckLinksAsync(current.LearnerId, command.BusinessNeedId, null, "", cancellationToken);
        await writer.UpdateAsync(command.Id, command.Version, command, current.Status, currentUser.PersonId, cancellationToken);
        return await DevelopmentNeeds.FindAsync(session, dialect, directory, command.Id, cancellationToken) ?? throw new NotFoundException("Development need", command.Id);
    }

    internal static string Describe(string status) => status switch
    {
        NeedStatuses.ImpactReviewed => "impact-reviewed",
        _ => status.ToLowerInvariant(),
    };
}
