using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListLearningSets;

internal sealed class ListLearningSetsHandler(IDbSession session, ISqlDialect dialect, SetReads reads, ICurrentUser currentUser)
    : IQueryHandler<ListLearningSetsQuery, Page<LearningSetResponse>>
{
    private const string PageSql = SetReads.SelectColumns + """

        WHERE (@All = 1 OR facilitator_id = @Me OR EXISTS (SELECT 1 FROM als_set_members m WHERE m.set_id = als_sets.id AND m.person_id = @Me))
          AND (@AfterName IS NULL OR name > @AfterName OR (name = @AfterName AND id > @AfterId))
        ORDER BY name, id
        """;

    public async ValueTask<Page<LearningSetResponse>> Handle(ListLearningSetsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<SetReads.SetRow>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            All = reads.SeesAll,
            Me = currentUser.PersonId,
            AfterName = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var sets = await reads.ToResponsesAsync(rows, cancellationToken);
        return Paging.ToPage(sets, limit, set => new KeysetCursor(set.Name, set.Id));
    }
}
