using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

internal interface IOptionFields
{
    string SolutionType { get; }
    string Description { get; }
    Guid? OfferingId { get; }
    int? KnowledgeRating { get; }
    string? KnowledgeNote { get; }
    int? SkillRating { get; }
    string? SkillNote { get; }
    int? BehaviourRating { get; }
    string? BehaviourNote { get; }
    int? TransferRating { get; }
    int? SustainabilityRating { get; }
    decimal? Cost { get; }
    decimal? HoursAway { get; }
    Guid? LearningSetId { get; }
}

/// <summary>An option may be recorded first and appraised later, so ratings may be empty; when given they are 1–5.</summary>
internal sealed class OptionFieldsValidator : AbstractValidator<IOptionFields>
{
    private const string RatingMessage = "Rate from 1 (poor) to 5 (excellent).";

    public OptionFieldsValidator()
    {
        RuleFor(option => option.SolutionType).Must(type => !string.IsNullOrWhiteSpace(type)).WithMessage("Choose the kind of solution.");
        RuleFor(option => option.Description).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Describe the option: what the learner would do, where and with whom.").MaximumLength(4000);
        RuleFor(option => option.KnowledgeRating).InclusiveBetween(1, 5).WithMessage(RatingMessage);
        RuleFor(option => option.SkillRating).InclusiveBetween(1, 5).WithMessage(RatingMessage);
        RuleFor(option => option.BehaviourRating).InclusiveBetween(1, 5).WithMessage(RatingMessage);
        RuleFor(option => option.TransferRating).InclusiveBetween(1, 5).WithMessage(RatingMessage);
        RuleFor(option => option.SustainabilityRating).InclusiveBetween(1, 5).WithMessage(RatingMessage);
        RuleFor(option => option.KnowledgeNote).MaximumLength(1000);
        RuleFor(option => option.SkillNote).MaximumLength(1000);
        RuleFor(option => option.BehaviourNote).MaximumLength(1000);
        RuleFor(option => option.Cost).InclusiveBetween(0m, 10_000_000m).WithMessage("Cost must be between 0 and 10,000,000.")
            .Must(cost => cost is null || decimal.Round(cost.Value, 2) == cost).WithMessage("Give the cost to the penny at most.");
        RuleFor(option => option.HoursAway).InclusiveBetween(0m, 10_000m).WithMessage("Hours away from work must be between 0 and 10,000.");
        RuleFor(option => option.LearningSetId).Null().When(option => !SolutionTypeCodes.JoinsALearningSet(option.SolutionType))
            .WithMessage("Only an action learning set option can point at a set: remove the set, or keep the type 'Action learning set'.");
    }
}

/// <summary>An option taken over from an offering or a programme place: appraised later, if at all.</summary>
internal sealed record UnappraisedOption(string SolutionType, string Description, Guid? OfferingId, decimal? Cost) : IOptionFields
{
    public int? KnowledgeRating => null;
    public string? KnowledgeNote => null;
    public int? SkillRating => null;
    public string? SkillNote => null;
    public int? BehaviourRating => null;
    public string? BehaviourNote => null;
    public int? TransferRating => null;
    public int? SustainabilityRating => null;
    public decimal? HoursAway => null;
    public Guid? LearningSetId => null;
}
