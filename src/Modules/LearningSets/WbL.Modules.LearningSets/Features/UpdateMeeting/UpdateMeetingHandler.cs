using System.Text.Json;
using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.UpdateMeeting;

internal sealed class UpdateMeetingHandler(IDbSession session, SetReads sets, MeetingReads meetings, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateMeetingCommand, MeetingResponse>
{
    private const string UpdateSql = """
        UPDATE als_meetings
        SET attendance = @Attendance, air_time = @AirTime, presentations = @Presentations, main_points = @MainPoints,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<MeetingResponse> Handle(UpdateMeetingCommand command, CancellationToken cancellationToken)
    {
        var (meeting, set, members) = await meetings.ReadableAsync(command.Id, cancellationToken);
        var writesAll = sets.CanManage(set) || meeting.CoordinatorId == currentUser.PersonId;
        if (!writesAll && !members.Contains(currentUser.PersonId))
        {
            throw new ForbiddenException("Only the set's facilitator, HR or the meeting's coordinator record a meeting.");
        }
        if (meeting.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Meeting");
        }
        if (set.Status == SetStatuses.Closed)
        {
            throw new StateConflictException("This set is closed; its meetings no longer change.");
        }
        if (command.Attendance.Any(id => !members.Contains(id)))
        {
            throw Validation.Fail("attendance", "Only the set's members attend its meetings.");
        }
        if (command.AirTimeMinutes.Any(entry => !members.Contains(entry.MemberId)))
        {
            throw Validation.Fail("airTimeMinutes", "Air time is given to the set's members only.");
        }
        if (command.Presentations.Any(entry => !members.Contains(entry.MemberId)))
        {
            throw Validation.Fail("presentations", "Only the set's members present.");
        }
        if (!writesAll && !ChangesOnlyOwnAccount(meeting, command, currentUser.PersonId))
        {
            throw new ForbiddenException("A member changes only the committed action and the account of their own presentation.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            meeting.Id,
            Attendance = JsonSerializer.Serialize(command.Attendance, MeetingReads.Json),
            AirTime = JsonSerializer.Serialize(command.AirTimeMinutes, MeetingReads.Json),
            Presentations = JsonSerializer.Serialize(command.Presentations, MeetingReads.Json),
            command.MainPoints,
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Meeting");
        }
        return await meetings.FindAsync(meeting.Id, cancellationToken);
    }

    /// <summary>True when everything but the member's own committed action and account is as stored.</summary>
    private static bool ChangesOnlyOwnAccount(MeetingReads.MeetingRow meeting, UpdateMeetingCommand command, Guid memberId)
    {
        var attendance = meeting.AttendanceList();
        if (!attendance.ToHashSet().SetEquals(command.Attendance) || attendance.Count != command.Attendance.Count)
        {
            return false;
        }
        var airTime = meeting.AirTimeList();
        if (!airTime.ToHashSet().SetEquals(command.AirTimeMinutes) || airTime.Count != command.AirTimeMinutes.Count)
        {
            return false;
        }
        if (meeting.MainPoints != command.MainPoints)
        {
            return false;
        }
        var stored = meeting.PresentationList();
        var storedOthers = stored.Where(entry => entry.MemberId != memberId).ToHashSet();
        var sentOthers = command.Presentations.Where(entry => entry.MemberId != memberId).ToList();
        if (!storedOthers.SetEquals(sentOthers) || storedOthers.Count != sentOthers.Count)
        {
            return false;
        }
        var storedOwn = stored.FirstOrDefault(entry => entry.MemberId == memberId) ?? new PresentationEntry(memberId, "", "", "", "", "", "");
        var sentOwn = command.Presentations.FirstOrDefault(entry => entry.MemberId == memberId);
        return sentOwn is null
            || sentOwn with { CommittedAction = storedOwn.CommittedAction, AccountOfLastAction = storedOwn.AccountOfLastAction } == storedOwn;
    }
}
