using Dapper;
using WbL.Modules.LearningSets.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearningSets;

/// <summary>
/// Names sets for other modules. It applies no reading rule of its own: a set's name and status
/// are what the catalogue of joinable sets shows every signed-in user, and the module asking
/// decides who may see the record that points at the set.
/// </summary>
internal sealed class LearningSetCatalogue(IDbSession session, ISqlDialect dialect) : ILearningSetCatalogue
{
    private const string ByIdsSql = "SELECT id, name, status FROM als_sets WHERE id IN @Ids";

    public async ValueTask<IReadOnlyDictionary<Guid, LearningSetSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, LearningSetSummary>();
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            ByIdsSql, new { Ids = dialect.IdList(ids.Distinct()) }, session.Transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Id, row => new LearningSetSummary(row.Id, row.Name, row.Status));
    }

    private sealed class SummaryRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Status { get; init; } = "";
    }
}
