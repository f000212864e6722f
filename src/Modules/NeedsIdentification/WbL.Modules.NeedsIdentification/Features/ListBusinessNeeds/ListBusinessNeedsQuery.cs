using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListBusinessNeeds;

[AllowAnySignedInUser]
internal sealed record ListBusinessNeedsQuery(Guid? OrgUnitId, string? Status, int? Limit, string? After) : IQuery<Page<BusinessNeedResponse>>;
