using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListMyProgrammeReviews;

/// <summary>The programme reviews the caller is invited to answer, by set name.</summary>
[AllowAnySignedInUser]
internal sealed record ListMyProgrammeReviewsQuery(int? Limit, string? After) : IQuery<Page<ProgrammeReviewInvitationResponse>>;
