using Mediator;

namespace WbL.Modules.LearningSets.Features.GetMeeting;

internal sealed class GetMeetingHandler(MeetingReads meetings) : IQueryHandler<GetMeetingQuery, MeetingResponse>
{
    public async ValueTask<MeetingResponse> Handle(GetMeetingQuery query, CancellationToken cancellationToken) =>
        await meetings.FindAsync(query.Id, cancellationToken);
}
