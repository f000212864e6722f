using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListOfferings;

[RequiresRole(Roles.Manager, Roles.HR, Roles.Admin)]
internal sealed record ListOfferingsQuery(Guid? ProviderId, string? SolutionType, string? Q, bool IncludeInactive, int? Limit, string? After)
    : IQuery<Page<OfferingResponse>>;
