using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.GetBusinessNeed;

/// <summary>Readable by the unit's staff, the managers who lead it, HR and Admin (checked against the unit).</summary>
[AllowAnySignedInUser]
internal sealed record GetBusinessNeedQuery(Guid Id) : IQuery<BusinessNeedResponse>;
