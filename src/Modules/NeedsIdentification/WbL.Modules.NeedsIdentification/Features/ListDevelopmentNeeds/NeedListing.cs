using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

/// <summary>
/// The one listing both queries share: learners in scope (all, or a list), private aspirations
/// shown only for the learners the caller is close to, and counts over everything in scope.
/// </summary>
internal sealed class NeedListing(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
{
    public const string StatusMessage = "Status must be one of: Open, Proposed, Identified, SolutionSelected, Contracted, InProgress, Completed, ImpactReviewed, Cancelled.";

    private const string Filter = """

        WHERE (@AllLearners = 1 OR n.learner_id IN @Learners)
          AND (@Status IS NULL OR n.status = @Status OR (@Status = 'Open' AND n.status IN @OpenStatuses))
        """;

    private const string PageSql = DevelopmentNeeds.SelectColumns + Filter + """

          AND (n.is_private = 0 OR n.learner_id IN @Close)
          AND (@AfterTitle IS NULL OR n.title > @AfterTitle OR (n.title = @AfterTitle AND n.id > @AfterId))
        ORDER BY n.title, n.id
        """;

    private const string CountSql = """
        SELECT COUNT(1) AS total,
               COALESCE(SUM(CASE WHEN n.is_private = 1 AND n.learner_id NOT IN @Close THEN 1 ELSE 0 END), 0) AS hidden_private
        FROM ni_development_needs n
        """ + Filter;

    public static bool IsValidStatus(string? status) => status is null || status == "Open" || NeedStatuses.All.Contains(status);

    /// <param name="learners">null for everyone (HR and Admin).</param>
    /// <param name="close">Learners whose private aspirations the caller sees: themselves and their direct reports.</param>
    public async Task<DevelopmentNeedPage> ListAsync(
        IReadOnlyCollection<Guid>? learners, IReadOnlyCollection<Guid> close, string? status, int? limit, string? after, CancellationToken cancellationToken)
    {
        var pageSize = limit ?? Paging.DefaultLimit;
        var cursor = KeysetCursor.From(after);
        var connection = await session.ConnectionAsync(cancellationToken);
        var parameters = new
        {
            AllLearners = learners is null,
            Learners = dialect.IdList(learners ?? [Guid.Empty]),
            Close = dialect.IdList(close.Count == 0 ? [Guid.Empty] : close),
            Status = status,
            OpenStatuses = NeedStatuses.Open,
            AfterTitle = cursor?.SortKey,
            AfterId = cursor?.Id,
            Limit = pageSize + 1,
        };
        var rows = (await connection.QueryAsync<DevelopmentNeeds.Row>(new CommandDefinition(
            dialect.Limit(PageSql), parameters, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(CountSql, parameters, session.Transaction, cancellationToken: cancellationToken));
        var needs = await DevelopmentNeeds.ToResponsesAsync(session, dialect, directory, rows, cancellationToken);
        var page = Paging.ToPage(needs, pageSize, need => new KeysetCursor(need.Title, need.Id));
        return new DevelopmentNeedPage(page.Items, page.Next, counts.Total, counts.HiddenPrivate);
    }

    private sealed class Counts
    {
        public int Total { get; init; }
        public int HiddenPrivate { get; init; }
    }
}
