using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.AddLearningSetMember;

internal sealed class AddLearningSetMemberHandler(IDbSession session, SetReads reads, IOrganisationDirectory directory, TimeProvider clock)
    : ICommandHandler<AddLearningSetMemberCommand, LearningSetResponse>
{
    private const string InsertMemberSql = "INSERT INTO als_set_members (set_id, person_id, joined_at) VALUES (@SetId, @PersonId, @Now)";

    private const string BumpSql = "UPDATE als_sets SET version = version + 1, updated_at = @Now WHERE id = @Id AND version = @Version";

    public async ValueTask<LearningSetResponse> Handle(AddLearningSetMemberCommand command, CancellationToken cancellationToken)
    {
        var (set, members) = await reads.ManageableAsync(command.SetId, cancellationToken);
        if (set.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Learning set");
        }
        if (set.Status == SetStatuses.Closed)
        {
            throw new StateConflictException("This set is closed; it takes no new members.");
        }
        if (command.PersonId == set.FacilitatorId)
        {
            throw Validation.Fail("personId", "The facilitator runs the set and is not one of its members.");
        }
        if (members.Contains(command.PersonId))
        {
            throw new StateConflictException("This person is already a member of the set.");
        }
        if (members.Count >= SetSize.Limit)
        {
            throw Validation.Fail("personId", $"A set has at most {SetSize.Limit} members.");
        }
        var person = await directory.FindPersonAsync(command.PersonId, cancellationToken);
        if (person is not { Active: true })
        {
            throw Validation.Fail("personId", "A member must be an active person.");
        }

        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(BumpSql, new { set.Id, command.Version, Now = now }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Learning set");
        }
        await connection.ExecuteAsync(new CommandDefinition(InsertMemberSql, new { SetId = set.Id, command.PersonId, Now = now },
            session.Transaction, cancellationToken: cancellationToken));
        return await reads.FindAsync(set.Id, cancellationToken);
    }
}
