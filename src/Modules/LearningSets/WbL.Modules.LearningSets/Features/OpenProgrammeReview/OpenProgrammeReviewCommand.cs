using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.OpenProgrammeReview;

/// <summary>The facilitator or HR opens a set's programme review, once (checked by <see cref="SetReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record OpenProgrammeReviewCommand(Guid SetId) : ICommand<ProgrammeReviewResultsResponse>;
