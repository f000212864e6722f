using Dapper;
using Mediator;
using Microsoft.Data.Sqlite;
using WbL.Modules.ProgressReviews.Evidence;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.UploadEvidenceFile;

/// <summary>
/// Checks everything the headers and the database can tell before reading the body, then the
/// file's first bytes, and only then streams the body into the row: the file is never held in
/// memory whole nor written anywhere but the database.
/// </summary>
internal sealed class UploadEvidenceFileHandler(
    IDbSession session, ISqlDialect dialect, ReviewReads reads, RequestAccess access, ICurrentUser currentUser, EvidenceSettings settings, TimeProvider clock)
    : ICommandHandler<UploadEvidenceFileCommand, EvidenceFileResponse>
{
    private const string EvidenceTable = "pr_evidence_files";

    private const string ContentColumn = "content";

    // Keeps the review's row locked until commit, so that it cannot be held, nor gain files, while this upload is written.
    private const string HoldReviewOpenSql = "UPDATE pr_reviews SET version = version WHERE id = @Id AND status = 'Scheduled'";

    private const string CountSql = "SELECT COUNT(1) FROM pr_evidence_files WHERE review_id = @ReviewId";

    // SQLite makes room for the file first (zeroblob) and the body is then written into that room through SqliteBlob.
    private const string SqliteInsertSql = """
        INSERT INTO pr_evidence_files (id, review_id, outcome_index, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
        VALUES (@Id, @ReviewId, @OutcomeIndex, @FileName, @ContentType, @SizeBytes, zeroblob(@SizeBytes), @UploadedBy, @UploadedAt)
        """;

    private const string SqliteRowIdSql = "SELECT rowid FROM pr_evidence_files WHERE id = @Id";

    // SQL Server reads @Content, a stream, while it executes the insert.
    private const string SqlServerInsertSql = """
        INSERT INTO pr_evidence_files (id, review_id, outcome_index, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
        VALUES (@Id, @ReviewId, @OutcomeIndex, @FileName, @ContentType, @SizeBytes, @Content, @UploadedBy, @UploadedAt)
        """;

    public async ValueTask<EvidenceFileResponse> Handle(UploadEvidenceFileCommand command, CancellationToken cancellationToken)
    {
        if (!access.IsOwner && !access.IsManager)
        {
            throw new ForbiddenException("Only the learner and their line manager attach evidence to a review.");
        }
        var length = command.Length ?? throw new LengthRequiredException("Send the file with a Content-Length header, so that its size is known before it is read.");
        if (length > settings.MaxFileBytes)
        {
            throw new PayloadTooLargeException(
                $"A file may be at most {EvidenceSettings.Describe(settings.MaxFileBytes)}; this one is {EvidenceSettings.Describe(length)}.");
        }
        var contentType = EvidenceFileTypes.Allowed(command.ContentType) ?? throw new UnsupportedMediaTypeException(EvidenceFileTypes.Refusal);

        var review = await reads.FindRowAsync(command.ReviewId, cancellationToken) ?? throw new NotFoundException("Progress review", command.ReviewId);
        EnsureOpen(review.Status);
        var outcomes = await reads.OutcomesAsync(review.Id, cancellationToken);
        if (outcomes.All(outcome => outcome.OutcomeIndex != command.Outcome))
        {
            throw Validation.Fail("outcome", "Choose one of the review's learning outcomes.");
        }

        var firstBlock = new byte[(int)Math.Min(length, EvidenceFileTypes.FirstBlockBytes)];
        if (await DeclaredLengthStream.ReadBlockAsync(command.Content, firstBlock, cancellationToken) < firstBlock.Length)
        {
            throw DeclaredLengthStream.ShorterThanDeclared();
        }
        if (!EvidenceFileTypes.Check(contentType, firstBlock, isWholeFile: firstBlock.Length == length))
        {
            throw new UnsupportedMediaTypeException(EvidenceFileTypes.Refusal);
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(HoldReviewOpenSql, new { review.Id }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new StateConflictException("The review is no longer scheduled; evidence can no longer be added to it.");
        }
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountSql, new { ReviewId = review.Id }, session.Transaction, cancellationToken: cancellationToken))
            >= EvidenceSettings.MostFilesPerReview)
        {
            throw Validation.Fail("file", $"A review holds at most {EvidenceSettings.MostFilesPerReview} files; remove one before attaching another.");
        }

        var id = Guid.CreateVersion7();
        await using var content = new DeclaredLengthStream(firstBlock, command.Content, length);
        var row = new
        {
            Id = id,
            ReviewId = review.Id,
            OutcomeIndex = command.Outcome,
            FileName = EvidenceFileNames.Clean(command.FileName),
            ContentType = contentType,
            SizeBytes = length,
            UploadedBy = currentUser.PersonId,
            UploadedAt = clock.GetUtcNow(),
        };
        if (dialect.Provider == DatabaseProvider.SqlServer)
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(SqlServerInsertSql, new
                {
                    row.Id, row.ReviewId, row.OutcomeIndex, row.FileName, row.ContentType, row.SizeBytes, row.UploadedBy, row.UploadedAt,
                    Content = new VarBinaryStreamParameter(content),
                }, session.Transaction, cancellationToken: cancellationToken));
            }
            catch (Exception exception) when (content.Failure is { } failure && exception != failure)
            {
                // SqlClient wraps what the stream threw; the client should hear that its body was wrong, not a database error.
                throw failure;
            }
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(SqliteInsertSql, row, session.Transaction, cancellationToken: cancellationToken));
            var rowId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SqliteRowIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
            // The blob belongs to the connection's open transaction: a failure below rolls the row back with it.
            await using var blob = new SqliteBlob((SqliteConnection)connection, EvidenceTable, ContentColumn, rowId);
            await content.CopyToAsync(blob, cancellationToken);
        }
        return await reads.FindFileAsync(id, cancellationToken) ?? throw new NotFoundException("Evidence file", id);
    }

    private static void EnsureOpen(string status)
    {
        switch (status)
        {
            case ReviewStatuses.Held:
                throw new StateConflictException("The review has been held; evidence can no longer be added to it.");
            case ReviewStatuses.Cancelled:
                throw new StateConflictException("The review was cancelled; evidence cannot be added to it.");
        }
    }
}
