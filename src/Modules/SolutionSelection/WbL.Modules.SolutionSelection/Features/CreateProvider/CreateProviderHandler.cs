using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.CreateProvider;

internal sealed class CreateProviderHandler(IDbSession session, TimeProvider clock) : ICommandHandler<CreateProviderCommand, ProviderResponse>
{
    internal const string InsertSql = """
        INSERT INTO ss_providers (id, name, kind, preferred, preferred_review_on, accreditations, contact_name, contact_email, website,
            active, version, created_at, updated_at)
        VALUES (@Id, @Name, @Kind, @Preferred, @PreferredReviewOn, @Accreditations, @ContactName, @ContactEmail, @Website,
            @Active, 1, @Now, @Now)
        """;

    public async ValueTask<ProviderResponse> Handle(CreateProviderCommand command, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var preferred = command.Preferred!.Value;
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            Name = command.Name.Trim(),
            command.Kind,
            Preferred = preferred,
            // The review date belongs to the preferred status and goes with it.
            PreferredReviewOn = preferred ? command.PreferredReviewOn : null,
            Accreditations = Providers.SerialiseAccreditations(command.Accreditations),
            ContactName = TextFields.Blank(command.ContactName),
            ContactEmail = TextFields.Blank(command.ContactEmail),
            Website = TextFields.Blank(command.Website),
            Active = command.Active!.Value,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));

        var row = await Providers.FindAsync(session, id, cancellationToken) ?? throw new NotFoundException("Provider", id);
        return row.ToResponse();
    }
}
