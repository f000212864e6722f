using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

/// <summary>
/// The contracts the caller is party to (their own, their direct reports', those they mentor), or one
/// learner's contracts; the handler checks the learner against the reporting line.
/// </summary>
[AllowAnySignedInUser]
internal sealed record ListContractsQuery(Guid? LearnerId, string? Status, int? Limit, string? After) : IQuery<Page<ContractResponse>>;
