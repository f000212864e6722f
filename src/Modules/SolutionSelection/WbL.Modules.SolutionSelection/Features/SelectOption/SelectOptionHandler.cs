using Dapper;
using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.SelectOption;

internal sealed class SelectOptionHandler(IDbSession session, IDevelopmentNeeds needs, OptionWriter writer, ICurrentUser currentUser, ILearningSetCatalogue sets, TimeProvider clock)
    : ICommandHandler<SelectOptionCommand, SolutionOptionResponse>
{
    private const string SelectSql = """
        UPDATE ss_options
        SET status = 'Selected', decision_note = @Rationale, decided_by = @By, decided_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SolutionOptionResponse> Handle(SelectOptionCommand command, CancellationToken cancellationToken)
    {
        var current = await Options.FindAsync(session, sets, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        if (current.Status == OptionStatuses.Selected)
        {
            throw new StateConflictException("This option is already the selected one.");
        }
        await Options.OpenForSelectionAsync(needs, current.NeedId, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(SelectSql, new
        {
            command.Id,
            Rationale = command.Rationale.Trim(),
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        await writer.UnselectOthersAsync(current.NeedId, current.Id, $"Replaced by \"{current.Description}\".", cancellationToken);
        await needs.MarkSolutionSelectedAsync(current.NeedId, currentUser.PersonId, $"{current.SolutionTypeName}: {current.Description}", cancellationToken);
        return await Options.FindAsync(session, sets, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
    }
}
