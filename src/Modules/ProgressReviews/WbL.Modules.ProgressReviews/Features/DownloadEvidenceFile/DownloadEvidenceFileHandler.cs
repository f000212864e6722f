using System.Data;
using Dapper;
using Mediator;
using Microsoft.Data.Sqlite;
using WbL.Modules.ProgressReviews.Evidence;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.DownloadEvidenceFile;

/// <summary>Opens the file's content as a stream over the database, so that a download never loads the file whole.</summary>
internal sealed class DownloadEvidenceFileHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<DownloadEvidenceFileQuery, EvidenceFileContent>
{
    private const string EvidenceTable = "pr_evidence_files";

    private const string ContentColumn = "content";

    private const string SqliteFileSql = "SELECT rowid AS row_id, file_name, content_type, size_bytes FROM pr_evidence_files WHERE id = @Id";

    // Read in column order under sequential access: the details first, then the content as a stream.
    private const string SqlServerFileSql = "SELECT file_name, content_type, size_bytes, content FROM pr_evidence_files WHERE id = @Id";

    public async ValueTask<EvidenceFileContent> Handle(DownloadEvidenceFileQuery query, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (dialect.Provider == DatabaseProvider.SqlServer)
        {
            var reader = await connection.ExecuteReaderAsync(
                new CommandDefinition(SqlServerFileSql, new { query.Id }, session.Transaction, cancellationToken: cancellationToken), CommandBehavior.SequentialAccess);
            try
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    throw new NotFoundException("Evidence file", query.Id);
                }
                var fileName = reader.GetString(0);
                var contentType = reader.GetString(1);
                var sizeBytes = reader.GetInt64(2);
                return new EvidenceFileContent(fileName, contentType, sizeBytes, new ReaderOwnedStream(reader.GetStream(3), reader));
            }
            catch
            {
                await reader.DisposeAsync();
                throw;
            }
        }

        var file = await connection.QuerySingleOrDefaultAsync<SqliteFileRow>(
            new CommandDefinition(SqliteFileSql, new { query.Id }, session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Evidence file", query.Id);
        return new EvidenceFileContent(file.FileName, file.ContentType, file.SizeBytes,
            new SqliteBlob((SqliteConnection)connection, EvidenceTable, ContentColumn, file.RowId, readOnly: true));
    }

    private sealed class SqliteFileRow
    {
        public long RowId { get; init; }
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public long SizeBytes { get; init; }
    }
}
