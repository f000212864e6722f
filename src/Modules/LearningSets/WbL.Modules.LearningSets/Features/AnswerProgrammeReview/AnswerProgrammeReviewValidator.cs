using FluentValidation;

namespace WbL.Modules.LearningSets.Features.AnswerProgrammeReview;

internal sealed class AnswerProgrammeReviewValidator : AbstractValidator<AnswerProgrammeReviewCommand>
{
    public const int TextLength = 4000;

    public AnswerProgrammeReviewValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command.ValueRating).Must(rating => ValueRatings.All.Contains(rating))
            .WithMessage($"Rate the programme's value: one of {string.Join(", ", ValueRatings.All)}.");
        RuleFor(command => command.Strengths).MaximumLength(TextLength).WithMessage($"Keep the strengths to {TextLength} characters.");
        RuleFor(command => command.Issues)
            .Must(issues => issues.All(issue => ReviewIssues.All.Contains(issue))).WithMessage($"Issues are among {string.Join(", ", ReviewIssues.All)}.")
            .Must(issues => issues.Distinct().Count() == issues.Count).WithMessage("Name each issue once.");
        RuleFor(command => command.IssuesNote).MaximumLength(TextLength).WithMessage($"Keep the note to {TextLength} characters.");
        RuleFor(command => command.IssuesNote).NotEmpty().When(command => command.Issues.Contains(ReviewIssues.Other))
            .WithMessage("Say what the other issue is.");
    }
}
