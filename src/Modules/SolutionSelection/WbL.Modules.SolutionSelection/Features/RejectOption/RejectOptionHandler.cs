using Dapper;
using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.RejectOption;

internal sealed class RejectOptionHandler(IDbSession session, IDevelopmentNeeds needs, ICurrentUser currentUser, ILearningSetCatalogue sets, TimeProvider clock)
    : ICommandHandler<RejectOptionCommand, SolutionOptionResponse>
{
    private const string RejectSql = """
        UPDATE ss_options
        SET status = 'Rejected', decision_note = @Reason, decided_by = @By, decided_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SolutionOptionResponse> Handle(RejectOptionCommand command, CancellationToken cancellationToken)
    {
        var current = await Options.FindAsync(session, sets, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        if (current.Status == OptionStatuses.Selected)
        {
            throw new StateConflictException("This is the selected option: select another one first, then reject this.");
        }
        await Options.OpenForSelectionAsync(needs, current.NeedId, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(RejectSql, new
        {
            command.Id,
            Reason = command.Reason.Trim(),
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        return await Options.FindAsync(session, sets, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
    }
}
