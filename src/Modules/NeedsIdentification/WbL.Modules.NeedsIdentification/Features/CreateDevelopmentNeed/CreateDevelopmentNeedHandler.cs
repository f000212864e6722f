using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

internal sealed class CreateDevelopmentNeedHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, RequestAccess access, ICurrentUser currentUser)
    : ICommandHandler<CreateDevelopmentNeedCommand, DevelopmentNeedResponse>
{
    public async ValueTask<DevelopmentNeedResponse> Handle(CreateDevelopmentNeedCommand command, CancellationToken cancellationToken)
    {
        string status;
        if (access.IsManager)
        {
            status = NeedStatuses.Identified;
        }
        else if (access.IsOwner)
        {
            if (command.Origin != NeedOrigins.PersonalAspiration)
            {
                throw Validation.Fail("origin", "You can propose a personal aspiration; your manager records needs from business requirements and performance gaps.");
            }
            status = NeedStatuses.Proposed;
        }
        else
        {
            throw new ForbiddenException("Only the learner's line manager records development needs.");
        }

        await writer.CheckLinksAsync(command.LearnerId, command.BusinessNeedId, command.DiscussionId, "", cancellationToken);
        var id = await writer.InsertAsync(command.LearnerId, command, command.DiscussionId, status, currentUser.PersonId, cancellationToken);
        return await DevelopmentNeeds.FindAsync(session, dialect, directory, id, cancellationToken) ?? throw new NotFoundException("Development need", id);
    }
}
