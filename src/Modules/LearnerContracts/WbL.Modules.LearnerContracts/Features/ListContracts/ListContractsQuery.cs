using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

/// <summary>The contracts the caller is party to: their own, their direct reports', and those they mentor.</summary>
[AllowAnySignedInUser]
internal sealed record ListContractsQuery(string? Status, int? Limit, string? After) : IQuery<Page<ContractResponse>>;
