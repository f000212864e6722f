using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.CommentOnDiscussion;

internal sealed class CommentOnDiscussionHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, TimeProvider clock)
    : ICommandHandler<CommentOnDiscussionCommand, DiscussionResponse>
{
    private const string CommentSql = """
        UPDATE ni_discussions
        SET learner_comment = @Comment, learner_commented_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DiscussionResponse> Handle(CommentOnDiscussionCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(CommentSql, new
        {
            command.Id,
            Comment = command.Comment.Trim(),
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
