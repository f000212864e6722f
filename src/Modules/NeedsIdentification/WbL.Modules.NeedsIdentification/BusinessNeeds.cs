using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification;

public sealed record BusinessNeedResponse(
    Guid Id,
    Guid OrgUnitId,
    string OrgUnitName,
    string Title,
    string BusinessObjective,
    string MeasureName,
    string MeasureUnit,
    decimal BaselineValue,
    decimal TargetValue,
    string Priority,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Status,
    int LinkedDevelopmentNeeds,
    bool CanEdit,
    int Version);

/// <summary>Reads shared by the business-need use cases.</summary>
internal static class BusinessNeeds
{
    public const string SelectColumns = """
        SELECT b.id, b.org_unit_id, b.organisation_id, b.title, b.business_objective, b.measure_name, b.measure_unit,
               b.baseline_value, b.target_value, b.priority, b.period_start, b.period_end, b.status, b.version,
               (SELECT COUNT(1) FROM ni_development_needs d WHERE d.business_need_id = b.id AND d.status <> 'Cancelled') AS linked_development_needs
        FROM ni_business_needs b
        """;

    private const string ByIdSql = SelectColumns + " WHERE b.id = @Id";

    public static async Task<Row?> FindAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<BusinessNeedResponse>> ToResponsesAsync(
        IReadOnlyList<Row> rows, IOrganisationDirectory directory, Func<Guid, bool> canEdit, CancellationToken cancellationToken)
    {
        var units = await directory.FindUnitsAsync(rows.Select(row => row.OrgUnitId).ToList(), cancellationToken);
        return rows.Select(row => row.ToResponse(units.GetValueOrDefault(row.OrgUnitId)?.Name ?? "", canEdit(row.OrgUnitId))).ToList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid OrgUnitId { get; init; }
        public Guid OrganisationId { get; init; }
        public string Title { get; init; } = "";
        public string BusinessObjective { get; init; } = "";
        public string MeasureName { get; init; } = "";
        public string MeasureUnit { get; init; } = "";
        public decimal BaselineValue { get; init; }
        public decimal TargetValue { get; init; }
        public string Priority { get; init; } = "";
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public int LinkedDevelopmentNeeds { get; init; }

        public BusinessNeedResponse ToResponse(string unitName, bool canEdit) => new(
            Id, OrgUnitId, unitName, Title, BusinessObjective, MeasureName, MeasureUnit, BaselineValue, TargetValue,
            Priority, PeriodStart, PeriodEnd, Status, LinkedDevelopmentNeeds, canEdit, Version);
    }
}
