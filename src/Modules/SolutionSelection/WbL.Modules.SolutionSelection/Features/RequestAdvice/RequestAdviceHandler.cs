using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.RequestAdvice;

internal sealed class RequestAdviceHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RequestAdviceCommand, AdviceRequestResponse>
{
    internal const string InsertSql = """
        INSERT INTO ss_advice_requests (id, need_id, learner_id, requested_by, topics, question, status, answer, answered_by, answered_at, version, created_at, updated_at)
        VALUES (@Id, @NeedId, @LearnerId, @By, @Topics, @Question, 'Open', NULL, NULL, NULL, 1, @Now, @Now)
        """;

    public async ValueTask<AdviceRequestResponse> Handle(RequestAdviceCommand command, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(command.NeedId, cancellationToken) ?? throw new NotFoundException("Development need", command.NeedId);
        if (need.IsPrivate)
        {
            // HR may not see private aspirations; asking about one would show it to them.
            throw Validation.Fail("needId", "This is a private aspiration; agree with the learner to make it visible before asking HR.");
        }

        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            NeedId = need.Id,
            need.LearnerId,
            By = currentUser.PersonId,
            Topics = AdviceRequests.SerialiseTopics(command.Topics),
            Question = command.Question.Trim(),
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        var row = await AdviceRequests.FindRowAsync(session, id, cancellationToken) ?? throw new NotFoundException("Advice request", id);
        return (await AdviceRequests.ToResponsesAsync(session, dialect, directory, needs, [row], cancellationToken))[0];
    }
}
