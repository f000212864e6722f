using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDiscussion;

internal sealed class UpdateDiscussionHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, TimeProvider clock)
    : ICommandHandler<UpdateDiscussionCommand, DiscussionResponse>
{
    private const string UpdateSql = """
        UPDATE ni_discussions
        SET kind = @Kind, held_on = @HeldOn, summary = @Summary, agreed_outcomes = @AgreedOutcomes, next_discussion_on = @NextDiscussionOn,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DiscussionResponse> Handle(UpdateDiscussionCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            command.Kind,
            HeldOn = command.HeldOn!.Value,
            Summary = command.Summary.Trim(),
            AgreedOutcomes = Discussions.SerialiseOutcomes(command.AgreedOutcomes),
            command.NextDiscussionOn,
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Discussion");
        }
        return await Discussions.FindAsync(session, dialect, directory, command.Id, showPrivate: true, cancellationToken) ?? throw new NotFoundException("Discussion", command.Id);
    }
}
