using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.AnswerAdviceRequest;

internal sealed class AnswerAdviceRequestHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AnswerAdviceRequestCommand, AdviceRequestResponse>
{
    private const string AnswerSql = """
        UPDATE ss_advice_requests
        SET status = 'Answered', answer = @Answer, answered_by = @By, answered_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    private const string ActiveOfferingCountSql = """
        SELECT COUNT(1) FROM ss_offerings f INNER JOIN ss_providers p ON p.id = f.provider_id
        WHERE f.id IN @Ids AND f.active = 1 AND p.active = 1
        """;

    private const string DeleteRecommendationsSql = "DELETE FROM ss_advice_recommendations WHERE request_id = @Id";

    private const string InsertRecommendationSql = "INSERT INTO ss_advice_recommendations (request_id, offering_id) VALUES (@RequestId, @OfferingId)";

    public async ValueTask<AdviceRequestResponse> Handle(AnswerAdviceRequestCommand command, CancellationToken cancellationToken)
    {
        var current = await AdviceRequests.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Advice request", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Advice request");
        }
        var offeringIds = command.RecommendedOfferingIds.Distinct().ToList();
        var connection = await session.ConnectionAsync(cancellationToken);
        if (offeringIds.Count > 0 && await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                ActiveOfferingCountSql, new { Ids = dialect.IdList(offeringIds) }, session.Transaction, cancellationToken: cancellationToken)) != offeringIds.Count)
        {
            throw Validation.Fail("recommendedOfferingIds", "Recommend offerings from the provider register that are still offered.");
        }

        // HR may refine an answer; the latest one, with its recommendations, is what the manager sees.
        var changed = await connection.ExecuteAsync(new CommandDefinition(AnswerSql, new
        {
            command.Id,
            Answer = command.Answer.Trim(),
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Advice request");
        }
        await connection.ExecuteAsync(new CommandDefinition(DeleteRecommendationsSql, new { command.Id }, session.Transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertRecommendationSql, offeringIds.Select(id => new { RequestId = command.Id, OfferingId = id }).ToList(),
            session.Transaction, cancellationToken: cancellationToken));

        var row = await AdviceRequests.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Advice request", command.Id);
        return (await AdviceRequests.ToResponsesAsync(session, dialect, directory, needs, [row], cancellationToken))[0];
    }
}
