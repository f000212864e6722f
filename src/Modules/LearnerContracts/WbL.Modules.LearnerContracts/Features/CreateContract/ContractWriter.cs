using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

/// <summary>Writes versions of a contract's terms; shared by creating, editing and amending.</summary>
internal sealed class ContractWriter(IDbSession session, IOrganisationDirectory directory, TimeProvider clock)
{
    private const string InsertVersionSql = """
        INSERT INTO lc_contract_versions (contract_id, number, status, terms, start_date, end_date, mentor_id,
            learner_signed_by, learner_signed_at, manager_signed_by, manager_signed_at, change_comment, created_by, created_at, updated_at)
        VALUES (@ContractId, @Number, 'Draft', @Terms, @StartDate, @EndDate, @MentorId, NULL, NULL, NULL, NULL, NULL, @By, @Now, @Now)
        """;

    private const string UpdateDraftSql = """
        UPDATE lc_contract_versions
        SET terms = @Terms, start_date = @StartDate, end_date = @EndDate, mentor_id = @MentorId, updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number AND status = 'Draft'
        """;

    private const string TouchContractSql = """
        UPDATE lc_contracts SET status = @Status, pending_number = @PendingNumber, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    /// <summary>A mentor is a person from anywhere in the organisation, but not the learner themselves.</summary>
    public async Task CheckMentorAsync(Guid learnerId, Guid? mentorId, CancellationToken cancellationToken)
    {
        if (mentorId is not { } mentor)
        {
            return;
        }
        if (mentor == learnerId)
        {
            throw Validation.Fail("terms.mentorId", "The learner cannot be their own mentor.");
        }
        if (await directory.FindPersonAsync(mentor, cancellationToken) is not { Active: true })
        {
            throw Validation.Fail("terms.mentorId", "Choose an active person from the organisation.");
        }
    }

    public async Task InsertDraftAsync(Guid contractId, int number, ContractTerms terms, Guid by, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertVersionSql, new
        {
            ContractId = contractId,
            Number = number,
            Terms = terms.Serialise(),
            terms.StartDate,
            terms.EndDate,
            terms.MentorId,
            By = by,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task UpdateDraftAsync(Guid contractId, int number, ContractTerms terms, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpdateDraftSql, new
        {
            ContractId = contractId,
            Number = number,
            Terms = terms.Serialise(),
            terms.StartDate,
            terms.EndDate,
            terms.MentorId,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Moves the contract row on, checking the version the caller read; zero rows means someone else got there first.</summary>
    public async Task TouchAsync(Guid id, int version, string status, int? pendingNumber, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(TouchContractSql, new
        {
            Id = id,
            Version = version,
            Status = status,
            PendingNumber = pendingNumber,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Contract");
        }
    }
}
