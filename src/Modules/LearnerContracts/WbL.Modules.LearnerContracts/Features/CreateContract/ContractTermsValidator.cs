using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

internal sealed class ContractTermsValidator : AbstractValidator<ContractTermsInput>
{
    /// <param name="outcomesMayBeOmitted">On a new contract, omitted outcomes are copied from the need.</param>
    public ContractTermsValidator(bool outcomesMayBeOmitted = false)
    {
        RuleFor(terms => terms.LearningOutcomes).NotEmpty().When(terms => !outcomesMayBeOmitted || terms.LearningOutcomes is not null)
            .WithMessage("List at least one learning outcome.")
            .Must(outcomes => outcomes is null || outcomes.Count <= 12).WithMessage("List at most 12 learning outcomes.");
        RuleForEach(terms => terms.LearningOutcomes)
            .Must(outcome => outcome.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .WithMessage("Write each outcome as a specific, achievable statement of what the learner will be able to do.")
            .MaximumLength(500);
        RuleFor(terms => terms.StartDate).NotNull().WithMessage("Give the start date.");
        RuleFor(terms => terms.EndDate).NotNull().WithMessage("Give the end date.")
            .GreaterThanOrEqualTo(terms => terms.StartDate).When(terms => terms.StartDate is not null).WithMessage("The end date cannot be before the start.");
        RuleFor(terms => terms.HoursPerWeek).InclusiveBetween(0m, 60m).WithMessage("Hours a week must be between 0 and 60.");
        RuleFor(terms => terms.StudyDays).InclusiveBetween(0, 365).WithMessage("Study days must be between 0 and 365.");
        RuleFor(terms => terms).Must(terms => (terms.HoursPerWeek ?? 0) > 0 || (terms.StudyDays ?? 0) > 0)
            .WithName("hoursPerWeek").OverridePropertyName("hoursPerWeek").WithMessage("Agree the time allowed: hours a week, study days or both.");
        RuleFor(terms => terms.ReviewCadenceWeeks).NotNull().WithMessage("Say how often progress is reviewed.")
            .InclusiveBetween(1, 26).WithMessage("Review every 1 to 26 weeks.");
        RuleFor(terms => terms.FirstReviewOn).NotNull().WithMessage("Give the date of the first progress review.")
            .Must((terms, first) => terms.StartDate is null || terms.EndDate is null || (first >= terms.StartDate && first <= terms.EndDate))
            .WithMessage("The first review falls between the start and end dates.");
        RuleFor(terms => terms.CurriculumTopics).Must(topics => topics is null || topics.Count <= 20).WithMessage("List at most 20 topics.");
        RuleForEach(terms => terms.CurriculumTopics).Must(topic => !string.IsNullOrWhiteSpace(topic)).WithMessage("A topic cannot be empty.").MaximumLength(200);
        RuleFor(terms => terms.AssignmentTopics).Must(topics => topics is null || topics.Count <= 20).WithMessage("List at most 20 topics.");
        RuleForEach(terms => terms.AssignmentTopics).Must(topic => !string.IsNullOrWhiteSpace(topic)).WithMessage("A topic cannot be empty.").MaximumLength(200);
        RuleFor(terms => terms.Cost).InclusiveBetween(0m, 10_000_000m).WithMessage("Cost must be between 0 and 10,000,000.");
        RuleFor(terms => terms.MeasureName).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Name the business measure the impact review will compare against.").MaximumLength(200);
        RuleFor(terms => terms.MeasureUnit).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Give the measure's unit.").MaximumLength(50);
        RuleFor(terms => terms.BaselineValue).NotNull().WithMessage("Give the measure's baseline value.");
        RuleFor(terms => terms.BaselineDate).NotNull().WithMessage("Give the date of the baseline.")
            .LessThanOrEqualTo(terms => terms.StartDate).When(terms => terms.StartDate is not null)
            .WithMessage("The baseline is taken before the learning starts.");
        RuleForEach(terms => terms.SupportCommitments).Must(SupportCommitments.All.Contains)
            .WithMessage($"Support commitments are: {string.Join(", ", SupportCommitments.All)}.");
        RuleFor(terms => terms.SupportNotes).MaximumLength(2000);
    }
}
