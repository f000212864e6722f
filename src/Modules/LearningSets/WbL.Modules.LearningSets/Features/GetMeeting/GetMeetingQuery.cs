using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.GetMeeting;

/// <summary>One meeting. Whoever reads its set; anyone else gets 404 (checked by <see cref="MeetingReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record GetMeetingQuery(Guid Id) : IQuery<MeetingResponse>;
