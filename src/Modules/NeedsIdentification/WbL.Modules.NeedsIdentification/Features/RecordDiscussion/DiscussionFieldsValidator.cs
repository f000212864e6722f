using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

internal interface IDiscussionFields
{
    string Kind { get; }
    DateOnly? HeldOn { get; }
    string Summary { get; }
    IReadOnlyList<string> AgreedOutcomes { get; }
    DateOnly? NextDiscussionOn { get; }
}

internal sealed class DiscussionFieldsValidator : AbstractValidator<IDiscussionFields>
{
    public DiscussionFieldsValidator(TimeProvider clock)
    {
        RuleFor(discussion => discussion.Kind).Must(DiscussionKinds.All.Contains)
            .WithMessage($"Kind must be one of: {string.Join(", ", DiscussionKinds.All)}.");
        RuleFor(discussion => discussion.HeldOn).NotNull().WithMessage("Give the date the discussion was held.")
            .Must(heldOn => heldOn <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("Record a discussion once it has been held.");
        RuleFor(discussion => discussion.Summary).Must(summary => !string.IsNullOrWhiteSpace(summary))
            .WithMessage("Summarise what was discussed.").MaximumLength(4000);
        RuleFor(discussion => discussion.AgreedOutcomes).Must(outcomes => outcomes.Count <= 20).WithMessage("Record at most 20 agreed outcomes.");
        RuleForEach(discussion => discussion.AgreedOutcomes)
            .Must(outcome => !string.IsNullOrWhiteSpace(outcome)).WithMessage("An agreed outcome cannot be empty.")
            .MaximumLength(500);
        RuleFor(discussion => discussion.NextDiscussionOn)
            .GreaterThan(discussion => discussion.HeldOn).When(discussion => discussion.HeldOn is not null && discussion.NextDiscussionOn is not null)
            .WithMessage("The next discussion must come after this one.");
    }
}
