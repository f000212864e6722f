using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

internal sealed class RecordDiscussionHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RecordDiscussionCommand, DiscussionResponse>
{
    internal const string InsertSql = """
        INSERT INTO ni_discussions (id, learner_id, manager_id, kind, held_on, summary, agreed_outcomes, next_discussion_on,
            learner_comment, learner_commented_at, version, created_at, updated_at)
        VALUES (@Id, @LearnerId, @ManagerId, @Kind, @HeldOn, @Summary, @AgreedOutcomes, @NextDiscussionOn, NULL, NULL, 1, @Now, @Now)
        """;

    public async ValueTask<DiscussionResponse> Handle(RecordDiscussionCommand command, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            command.LearnerId,
            ManagerId = currentUser.PersonId,
            command.Kind,
            HeldOn = command.HeldOn!.Value,
            Summary = command.Summary.Trim(),
            AgreedOutcomes = Discussions.SerialiseOutcomes(command.AgreedOutcomes),
            command.NextDiscussionOn,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));

        for (var index = 0; index < command.IdentifiedNeeds.Count; index++)
        {
            var need = command.IdentifiedNeeds[index];
            await writer.CheckLinksAsync(command.LearnerId, need.BusinessNeedId, null, $"identifiedNeeds[{index}].", cancellationToken);
            await writer.InsertAsync(command.LearnerId, need, id, NeedStatuses.Identified, currentUser.PersonId, cancellationToken);
        }

        return await Discussions.FindAsync(session, dialect, directory, id, showPrivate: true, cancellationToken) ?? throw new NotFoundException("Discussion", id);
    }
}
