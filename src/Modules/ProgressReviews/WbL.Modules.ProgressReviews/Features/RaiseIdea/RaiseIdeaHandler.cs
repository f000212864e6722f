using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.RaiseIdea;

internal sealed class RaiseIdeaHandler(IDbSession session, ILearnerContracts contracts, IdeaReads reads, TimeProvider clock)
    : ICommandHandler<RaiseIdeaCommand, IdeaResponse>
{
    private const string InsertSql = """
        INSERT INTO pr_ideas (id, contract_id, learner_id, title, description, status, response, responded_by, responded_at, raised_at, version, updated_at)
        VALUES (@Id, @ContractId, @LearnerId, @Title, @Description, 'Open', NULL, NULL, NULL, @Now, 1, @Now)
        """;

    public async ValueTask<IdeaResponse> Handle(RaiseIdeaCommand command, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(command.ContractId, cancellationToken) ?? throw new NotFoundException("Contract", command.ContractId);
        if (contract.Status != ContractStatus.Active)
        {
            throw new StateConflictException($"Ideas are raised while the learning is under way; this contract is {contract.Status.ToLowerInvariant()}.");
        }

        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            ContractId = contract.Id,
            contract.LearnerId,
            Title = command.Title.Trim(),
            Description = command.Description.Trim(),
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return await reads.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Idea", id);
    }
}
