using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewAnswer;

/// <summary>One programme review response: its respondent alone; anyone else gets 404 (checked by <see cref="ProgrammeReviewReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record GetProgrammeReviewAnswerQuery(Guid Id) : IQuery<ProgrammeReviewAnswerResponse>;
