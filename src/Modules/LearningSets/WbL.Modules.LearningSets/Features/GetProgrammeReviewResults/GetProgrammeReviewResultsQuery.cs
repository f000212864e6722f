using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewResults;

/// <summary>A set's programme review results: its facilitator, HR and Admin; members 403, anyone else 404 (checked by <see cref="ProgrammeReviewReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record GetProgrammeReviewResultsQuery(Guid SetId) : IQuery<ProgrammeReviewResultsResponse>;
