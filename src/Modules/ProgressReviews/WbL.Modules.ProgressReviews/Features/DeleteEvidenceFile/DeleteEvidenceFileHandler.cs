using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.DeleteEvidenceFile;

/// <summary>Whoever attached a file may take it back while the review is still to be held; after that it is part of the record.</summary>
internal sealed class DeleteEvidenceFileHandler(IDbSession session, ICurrentUser currentUser) : ICommandHandler<DeleteEvidenceFileCommand>
{
    private const string FileSql = """
        SELECT f.review_id, f.uploaded_by, r.status
        FROM pr_evidence_files f INNER JOIN pr_reviews r ON r.id = f.review_id
        WHERE f.id = @Id
        """;

    // The review's state is checked again in the statement itself, in case it was held since it was read.
    private const string DeleteSql = """
        DELETE FROM pr_evidence_files
        WHERE id = @Id AND uploaded_by = @UploadedBy
          AND EXISTS (SELECT 1 FROM pr_reviews r WHERE r.id = @ReviewId AND r.status = 'Scheduled')
        """;

    public async ValueTask<Unit> Handle(DeleteEvidenceFileCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var file = await connection.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(FileSql, new { command.Id }, session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Evidence file", command.Id);
        if (file.UploadedBy != currentUser.PersonId)
        {
            throw new ForbiddenException("Only the person who attached a file may remove it.");
        }
        if (file.Status != ReviewStatuses.Scheduled
            || await connection.ExecuteAsync(new CommandDefinition(DeleteSql, new { command.Id, file.UploadedBy, file.ReviewId }, session.Transaction,
                cancellationToken: cancellationToken)) == 0)
        {
            throw new StateConflictException("The review is no longer scheduled; its evidence stays as it was.");
        }
        return Unit.Value;
    }

    private sealed class FileRow
    {
        public Guid ReviewId { get; init; }
        public Guid UploadedBy { get; init; }
        public string Status { get; init; } = "";
    }
}
