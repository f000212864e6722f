using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ImpactReviews.Features.ListImpactReviews;

/// <summary>
/// The impact reviews the caller may see: their own and those of everyone below them in their reporting line;
/// for HR and Admin, everyone's. Optionally only those pending, due, overdue or completed today.
/// </summary>
[AllowAnySignedInUser]
internal sealed record ListImpactReviewsQuery(string? Status, int? Limit, string? After) : IQuery<Page<ImpactReviewSummaryResponse>>;
