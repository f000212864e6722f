using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListAdviceRequests;

/// <summary>HR's queue (everyone's requests, oldest first), or for anyone else the requests they made.</summary>
[AllowAnySignedInUser]
internal sealed record ListAdviceRequestsQuery(string? Status, Guid? NeedId, int? Limit, string? After) : IQuery<Page<AdviceRequestResponse>>;
