using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.AnswerProgrammeReview;

/// <summary>The respondent answers their programme review response, and may change the answer later (checked by <see cref="ProgrammeReviewReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record AnswerProgrammeReviewCommand(
    Guid Id,
    int Version,
    string ValueRating,
    string Strengths,
    IReadOnlyList<string> Issues,
    string IssuesNote,
    bool? AchievedGoal,
    bool? StartedSecondPhase) : ICommand<ProgrammeReviewAnswerResponse>;
