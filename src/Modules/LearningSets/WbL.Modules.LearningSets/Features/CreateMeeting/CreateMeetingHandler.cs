using System.Text.Json;
using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.CreateMeeting;

internal sealed class CreateMeetingHandler(
    IDbSession session, SetReads sets, MeetingReads meetings, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateMeetingCommand, MeetingResponse>
{
    private const string InsertSql = """
        INSERT INTO als_meetings (id, set_id, held_on, mode, coordinator_id, attendance, air_time, presentations, main_points, agenda,
            created_by, version, created_at, updated_at)
        VALUES (@Id, @SetId, @HeldOn, @Mode, @CoordinatorId, '[]', '[]', '[]', '', @Agenda, @CreatedBy, 1, @Now, @Now)
        """;

    private const string StartRunningSql =
        "UPDATE als_sets SET status = 'Running', version = version + 1, updated_at = @Now WHERE id = @Id AND status = 'Forming'";

    public async ValueTask<MeetingResponse> Handle(CreateMeetingCommand command, CancellationToken cancellationToken)
    {
        var (set, members) = await sets.ManageableAsync(command.SetId, cancellationToken);
        if (set.Status == SetStatuses.Closed)
        {
            throw new StateConflictException("This set is closed; it holds no more meetings.");
        }
        var earlier = await meetings.OfSetAsync(set.Id, cancellationToken);
        var people = await directory.FindPeopleAsync([.. members], cancellationToken);
        string NameOf(Guid id) => people.TryGetValue(id, out var person) ? person.DisplayName : "(unknown)";

        Guid coordinatorId;
        if (command.CoordinatorId is { } chosen)
        {
            if (!members.Contains(chosen))
            {
                throw Validation.Fail("coordinatorId", "The coordinator must be a member of the set.");
            }
            coordinatorId = chosen;
        }
        else
        {
            coordinatorId = CoordinatorRotation.Suggest(
                    members.Select(id => new CoordinatorRotation.Member(id, NameOf(id))).ToList(),
                    earlier.Select(meeting => new CoordinatorRotation.Coordinated(meeting.CoordinatorId, meeting.HeldOn)).ToList())
                ?? throw Validation.Fail("coordinatorId", "The set has no members to coordinate its meeting.");
        }

        var previous = earlier.Count > 0 ? earlier[^1] : null;
        var agenda = (previous?.PresentationList() ?? [])
            .Where(presentation => !string.IsNullOrWhiteSpace(presentation.CommittedAction))
            .Select(presentation => new AgendaItem(presentation.MemberId, NameOf(presentation.MemberId), presentation.CommittedAction))
            .ToList();

        var id = Guid.NewGuid();
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            SetId = set.Id,
            command.HeldOn,
            command.Mode,
            CoordinatorId = coordinatorId,
            Agenda = JsonSerializer.Serialize(agenda, MeetingReads.Json),
            CreatedBy = currentUser.PersonId,
            Now = now,
        }, session.Transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(StartRunningSql, new { set.Id, Now = now }, session.Transaction, cancellationToken: cancellationToken));
        return await meetings.FindAsync(id, cancellationToken);
    }
}
