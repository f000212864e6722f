using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.UpdateProvider;

internal sealed class UpdateProviderHandler(IDbSession session, TimeProvider clock) : ICommandHandler<UpdateProviderCommand, ProviderResponse>
{
    private const string UpdateSql = """
        UPDATE ss_providers
        SET name = @Name, kind = @Kind, preferred = @Preferred, preferred_review_on = @PreferredReviewOn, accreditations = @Accreditations,
            contact_name = @ContactName, contact_email = @ContactEmail, website = @Website, active = @Active,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ProviderResponse> Handle(UpdateProviderCommand command, CancellationToken cancellationToken)
    {
        _ = await Providers.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Provider", command.Id);

        var preferred = command.Preferred!.Value;
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            Name = command.Name.Trim(),
            command.Kind,
            Preferred = preferred,
            PreferredReviewOn = preferred ? command.PreferredReviewOn : null,
            Accreditations = Providers.SerialiseAccreditations(command.Accreditations),
            ContactName = TextFields.Blank(command.ContactName),
            ContactEmail = TextFields.Blank(command.ContactEmail),
            Website = TextFields.Blank(command.Website),
            Active = command.Active!.Value,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Provider");
        }

        var row = await Providers.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Provider", command.Id);
        return row.ToResponse();
    }
}
