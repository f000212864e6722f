using System.Globalization;
using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ImpactReviews.Features.ListImpactReviews;

internal sealed class ListImpactReviewsHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ImpactReviewReads reads, ICurrentUser currentUser)
    : IQueryHandler<ListImpactReviewsQuery, Page<ImpactReviewSummaryResponse>>
{
    // Most urgent first: the window that closes soonest. A status is a range over the stored window dates,
    // so each list is an indexed range query rather than a filter applied after reading.
    private const string Scope = """

        WHERE (@AllLearners = 1 OR learner_id IN @Learners)
          AND (@AfterClosesOn IS NULL OR window_closes_on > @AfterClosesOn OR (window_closes_on = @AfterClosesOn AND id > @AfterId))
        """;

    private const string Order = """

        ORDER BY window_closes_on, id
        """;

    private const string AllSql = ImpactReviewReads.SelectColumns + Scope + Order;

    private const string PendingSql = ImpactReviewReads.SelectColumns + Scope + "\n  AND status = 'Open' AND window_opens_on > @Today" + Order;

    private const string DueSql = ImpactReviewReads.SelectColumns + Scope + "\n  AND status = 'Open' AND window_opens_on <= @Today AND window_closes_on >= @Today" + Order;

    private const string OverdueSql = ImpactReviewReads.SelectColumns + Scope + "\n  AND status = 'Open' AND window_closes_on < @Today" + Order;

    private const string CompletedSql = ImpactReviewReads.SelectColumns + Scope + "\n  AND status = 'Completed'" + Order;

    private const string CursorFormat = "yyyy-MM-dd";

    public async ValueTask<Page<ImpactReviewSummaryResponse>> Handle(ListImpactReviewsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        DateOnly? afterClosesOn = after is { } cursor
            && DateOnly.TryParseExact(cursor.SortKey, CursorFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var closesOn) ? closesOn : null;
        var me = currentUser.PersonId;
        IReadOnlyCollection<Guid>? learners = currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin)
            ? null
            : (await directory.PeopleBelowAsync(me, cancellationToken)).Append(me).ToList();
        var sql = ImpactReviewStatuses.Parse(query.Status) switch
        {
            ImpactReviewStatuses.Pending => PendingSql,
            ImpactReviewStatuses.Due => DueSql,
            ImpactReviewStatuses.Overdue => OverdueSql,
            ImpactReviewStatuses.Completed => CompletedSql,
            _ => AllSql,
        };
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ImpactReviewReads.Row>(new CommandDefinition(dialect.Limit(sql), new
        {
            AllLearners = learners is null,
            Learners = dialect.IdList(learners ?? [Guid.Empty]),
            AfterClosesOn = afterClosesOn,
            AfterId = afterClosesOn is null ? null : after?.Id,
            Today = reads.Today,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var reviews = await reads.ToSummariesAsync(rows, cancellationToken);
        return Paging.ToPage(reviews, limit, review => new KeysetCursor(review.WindowClosesOn.ToString(CursorFormat, CultureInfo.InvariantCulture), review.Id));
    }
}
