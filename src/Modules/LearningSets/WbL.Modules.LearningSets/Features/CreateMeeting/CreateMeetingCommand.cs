using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.CreateMeeting;

/// <summary>
/// The facilitator or HR records a meeting of a set that is not closed (checked by <see cref="SetReads"/>); its agenda is
/// generated from the previous meeting's committed actions.
/// </summary>
[AllowAnySignedInUser]
internal sealed record CreateMeetingCommand(Guid SetId, DateOnly HeldOn, string Mode, Guid? CoordinatorId) : ICommand<MeetingResponse>;
