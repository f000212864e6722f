using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

internal interface IDevelopmentNeedFields
{
    string Title { get; }
    IReadOnlyList<string> LearningOutcomes { get; }
    string PerformanceImprovement { get; }
    string? TargetRole { get; }
    Guid? BusinessNeedId { get; }
    string Origin { get; }
    bool IsPrivate { get; }
    string Priority { get; }
    IReadOnlyList<string> CompetencyTags { get; }
}

/// <summary>
/// The rules for a need's content, shared by recording a need on its own, in a 1:1 and when
/// editing it. Outcomes must be statements someone could achieve and check, so vague one-word
/// needs ("communication") are sent back to be reframed.
/// </summary>
internal sealed class DevelopmentNeedFieldsValidator : AbstractValidator<IDevelopmentNeedFields>
{
    public const int MinimumWordsPerOutcome = 3;
    public const int MaximumOutcomes = 12;
    public const int MaximumTags = 15;

    public DevelopmentNeedFieldsValidator()
    {
        RuleFor(need => need.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the need a title.")
            .MaximumLength(200);
        RuleFor(need => need.LearningOutcomes).NotEmpty().WithMessage("List at least one learning outcome.")
            .Must(outcomes => outcomes.Count <= MaximumOutcomes).WithMessage($"List at most {MaximumOutcomes} learning outcomes.")
            .Must(outcomes => outcomes.Select(Normalise).Distinct(StringComparer.OrdinalIgnoreCase).Count() == outcomes.Count)
            .WithMessage("Each learning outcome should appear once.");
        RuleForEach(need => need.LearningOutcomes)
            .Must(outcome => !string.IsNullOrWhiteSpace(outcome)).WithMessage("A learning outcome cannot be empty.")
            .Must(outcome => string.IsNullOrWhiteSpace(outcome) || WordCount(outcome) >= MinimumWordsPerOutcome)
            .WithMessage("Reframe this as a specific, achievable statement of what the learner will be able to do, e.g. \"Chair a tenant panel meeting to time\".")
            .MaximumLength(500);
        RuleFor(need => need.PerformanceImprovement).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Describe the expected performance improvement or increased capability.").MaximumLength(2000);
        RuleFor(need => need.TargetRole).MaximumLength(200);
        RuleFor(need => need.Origin).Must(NeedOrigins.All.Contains)
            .WithMessage($"Origin must be one of: {string.Join(", ", NeedOrigins.All)}.");
        RuleFor(need => need.IsPrivate).Equal(false).When(need => need.Origin != NeedOrigins.PersonalAspiration)
            .WithMessage("Only a personal aspiration can be private.");
        RuleFor(need => need.Priority).Must(Priorities.All.Contains)
            .WithMessage($"Priority must be one of: {string.Join(", ", Priorities.All)}.");
        RuleFor(need => need.CompetencyTags).Must(tags => tags.Count <= MaximumTags).WithMessage($"Use at most {MaximumTags} competency tags.");
        RuleForEach(need => need.CompetencyTags)
            .Must(tag => !string.IsNullOrWhiteSpace(tag)).WithMessage("A competency tag cannot be empty.")
            .MaximumLength(60);
    }

    // A null item of the list is reported by the rule for each item, not thrown on here.
    public static string Normalise(string? text) => text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
