using Mediator;
using WbL.Modules.Organisation.Contracts;

namespace WbL.Modules.LearningSets.Features.ListMeetings;

internal sealed class ListMeetingsHandler(SetReads sets, MeetingReads meetings, IOrganisationDirectory directory)
    : IQueryHandler<ListMeetingsQuery, SetMeetingsResponse>
{
    public async ValueTask<SetMeetingsResponse> Handle(ListMeetingsQuery query, CancellationToken cancellationToken)
    {
        var (set, members) = await sets.ReadableAsync(query.SetId, cancellationToken);
        var rows = await meetings.OfSetAsync(set.Id, cancellationToken);
        var people = await directory.FindPeopleAsync([.. members], cancellationToken);
        var suggested = CoordinatorRotation.Suggest(
            members.Select(id => new CoordinatorRotation.Member(id, people.TryGetValue(id, out var person) ? person.DisplayName : "")).ToList(),
            rows.Select(meeting => new CoordinatorRotation.Coordinated(meeting.CoordinatorId, meeting.HeldOn)).ToList());
        return new SetMeetingsResponse(await meetings.ToResponsesAsync(set, rows, cancellationToken), suggested);
    }
}
