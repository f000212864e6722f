using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.CreateLearningSet;

internal sealed class CreateLearningSetHandler(
    IDbSession session, SetReads reads, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateLearningSetCommand, LearningSetResponse>
{
    private const string InsertSetSql = """
        INSERT INTO als_sets (id, name, purpose, facilitator_id, meeting_cadence, status, created_by, version, created_at, updated_at)
        VALUES (@Id, @Name, @Purpose, @FacilitatorId, @MeetingCadence, @Status, @CreatedBy, 1, @Now, @Now)
        """;

    private const string InsertMemberSql = "INSERT INTO als_set_members (set_id, person_id, joined_at) VALUES (@SetId, @PersonId, @Now)";

    public async ValueTask<LearningSetResponse> Handle(CreateLearningSetCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.HR) && command.FacilitatorId != currentUser.PersonId)
        {
            throw Validation.Fail("facilitatorId", "A facilitator forms the sets they run; HR forms sets for other facilitators.");
        }
        var facilitator = await directory.FindPersonAsync(command.FacilitatorId, cancellationToken);
        if (facilitator is not { Active: true } || !await directory.HasRoleAsync(facilitator.Id, Roles.Facilitator, cancellationToken))
        {
            throw Validation.Fail("facilitatorId", "The facilitator must be an active person with the Facilitator role.");
        }
        var people = await directory.FindPeopleAsync(command.MemberIds, cancellationToken);
        if (command.MemberIds.Any(id => !people.TryGetValue(id, out var person) || !person.Active))
        {
            throw Validation.Fail("memberIds", "Every member must be an active person.");
        }

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSetSql, new
        {
            Id = id,
            Name = command.Name.Trim(),
            Purpose = command.Purpose.Trim(),
            command.FacilitatorId,
            MeetingCadence = command.MeetingCadence.Trim(),
            Status = SetStatuses.Forming,
            CreatedBy = currentUser.PersonId,
            Now = now,
        }, session.Transaction, cancellationToken: cancellationToken));
        foreach (var memberId in command.MemberIds)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertMemberSql, new { SetId = id, PersonId = memberId, Now = now },
                session.Transaction, cancellationToken: cancellationToken));
        }
        return await reads.FindAsync(id, cancellationToken);
    }
}
