using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts;

/// <summary>Hands other modules the contract and its terms in force, never the versions being negotiated.</summary>
internal sealed class ContractsForOtherModules(IDbSession session) : ILearnerContracts
{
    private const string InForceTermsSql = "SELECT terms FROM lc_contract_versions WHERE contract_id = @Id AND number = @Number";

    private const string MentoredSql = """
        SELECT c.id
        FROM lc_contracts c
        INNER JOIN lc_contract_versions v ON v.contract_id = c.id AND v.number = c.in_force_number
        WHERE v.mentor_id = @MentorId
        """;

    public async ValueTask<IReadOnlyList<Guid>> MentoredByAsync(Guid mentorId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(MentoredSql, new { MentorId = mentorId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async ValueTask<ContractSummary?> FindAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var row = await ContractReads.FindRowAsync(session, contractId, cancellationToken);
        if (row is null)
        {
            return null;
        }
        AgreedTerms? inForce = null;
        if (row.InForceNumber is { } number)
        {
            var connection = await session.ConnectionAsync(cancellationToken);
            var json = await connection.QuerySingleAsync<string>(new CommandDefinition(InForceTermsSql, new { row.Id, Number = number }, session.Transaction, cancellationToken: cancellationToken));
            var terms = ContractTerms.Deserialise(json);
            inForce = new AgreedTerms(
                number, terms.LearningOutcomes, terms.StartDate, terms.EndDate, terms.HoursPerWeek, terms.StudyDays, terms.ReviewCadenceWeeks,
                terms.FirstReviewOn, terms.MentorId, terms.Cost, terms.MeasureName, terms.MeasureUnit, terms.BaselineValue, terms.BaselineDate);
        }
        return new ContractSummary(row.Id, row.NeedId, row.LearnerId, row.ManagerId, row.Status, row.SolutionDescription, row.CompletedOn, inForce);
    }
}
