using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListPeople;

[AllowAnySignedInUser]
internal sealed record ListPeopleQuery(string? Q, Guid? OrgUnitId, Guid? ManagerId, int? Limit, string? After) : IQuery<Page<PersonResponse>>;
