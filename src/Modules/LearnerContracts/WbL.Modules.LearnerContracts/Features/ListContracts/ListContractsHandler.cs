using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

internal sealed class ListContractsHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ICurrentUser currentUser, IPersonAccessPolicy access)
    : IQueryHandler<ListContractsQuery, Page<ContractResponse>>
{
    private const string PageSql = ContractReads.SelectColumns + """

        WHERE (learner_id IN @Learners OR (@Mentored = 1 AND id IN (SELECT contract_id FROM lc_contract_versions WHERE mentor_id = @Me)))
          AND (@Status IS NULL OR status = @Status)
          AND (@AfterId IS NULL OR id > @AfterId)
        ORDER BY id
        """;

    public async ValueTask<Page<ContractResponse>> Handle(ListContractsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var me = currentUser.PersonId;
        List<Guid> learners;
        if (query.LearnerId is { } learnerId)
        {
            // One learner's contracts: the same reporting-line rule as every record about them.
            if ((await access.GetAccessAsync(me, learnerId, cancellationToken) & PersonAccess.Read) == 0)
            {
                throw new NotFoundException("Person", learnerId);
            }
            learners = [learnerId];
        }
        else
        {
            learners = (await directory.DirectReportsAsync(me, cancellationToken)).Select(person => person.Id).Append(me).ToList();
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ContractReads.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Learners = dialect.IdList(learners),
            Me = me,
            Mentored = query.LearnerId is null ? 1 : 0,
            query.Status,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var contracts = await ContractReads.ToResponsesAsync(session, dialect, directory, needs, rows, cancellationToken);
        // Ordered by id: stable while contracts are added, which is all paging needs.
        return Paging.ToPage(contracts, limit, contract => new KeysetCursor("", contract.Id));
    }
}
