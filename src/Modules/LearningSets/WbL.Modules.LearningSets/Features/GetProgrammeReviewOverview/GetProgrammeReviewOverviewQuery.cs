using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewOverview;

/// <summary>Every set's programme review pooled, by role, and per set: HR and Admin.</summary>
[RequiresRole(Roles.HR, Roles.Admin)]
internal sealed record GetProgrammeReviewOverviewQuery : IQuery<ProgrammeReviewOverviewResponse>;
