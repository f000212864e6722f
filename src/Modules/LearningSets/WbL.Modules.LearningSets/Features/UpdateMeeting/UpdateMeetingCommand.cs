using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.UpdateMeeting;

/// <summary>
/// The facilitator, HR or the meeting's coordinator records a meeting; a member changes only the committed action and the
/// account of the last action in their own presentation (checked by the handler with <see cref="MeetingReads"/>).
/// </summary>
[AllowAnySignedInUser]
internal sealed record UpdateMeetingCommand(
    Guid Id,
    int Version,
    IReadOnlyList<Guid> Attendance,
    IReadOnlyList<AirTimeEntry> AirTimeMinutes,
    IReadOnlyList<PresentationEntry> Presentations,
    string MainPoints) : ICommand<MeetingResponse>;
