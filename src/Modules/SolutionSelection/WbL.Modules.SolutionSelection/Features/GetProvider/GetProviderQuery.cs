using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.GetProvider;

/// <summary>The register is HR's, read by the managers who choose solutions with their staff.</summary>
[RequiresRole(Roles.Manager, Roles.HR, Roles.Admin)]
internal sealed record GetProviderQuery(Guid Id) : IQuery<ProviderResponse>;
