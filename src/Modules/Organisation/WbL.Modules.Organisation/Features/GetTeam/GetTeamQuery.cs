using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.GetTeam;

internal sealed record GetTeamQuery(Guid PersonId) : IQuery<Page<TeamMemberResponse>>, IRequestAboutPerson
{
    public Guid SubjectPersonId => PersonId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}

/// <summary>A direct report and where they stand in their development (counts only; private aspirations are never named).</summary>
public sealed record TeamMemberResponse(
    Guid Id,
    string DisplayName,
    string Email,
    string JobTitle,
    Guid OrgUnitId,
    int OpenNeeds,
    IReadOnlyDictionary<string, int> OpenNeedsByStatus,
    DateOnly? LastDiscussionOn,
    DateOnly? NextDiscussionOn);
