using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.GetOffering;

[RequiresRole(Roles.Manager, Roles.HR, Roles.Admin)]
internal sealed record GetOfferingQuery(Guid Id) : IQuery<OfferingResponse>;
