using FluentValidation;

namespace WbL.Modules.LearningSets.Features.RecordOneToOne;

internal sealed class RecordOneToOneValidator : AbstractValidator<RecordOneToOneCommand>
{
    public const int TextLength = 4000;

    public RecordOneToOneValidator(TimeProvider clock)
    {
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).WithMessage("Send the version you read, or 0 for the first record.");
        RuleFor(command => command.HeldOn)
            .NotEqual(default(DateOnly)).WithMessage("Say when the one-to-one was held.")
            .Must(heldOn => heldOn <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("A one-to-one is recorded once it has been held, not before.");
        RuleFor(command => command.DevelopmentProject).NotEmpty().WithMessage("Describe the member's development project as they put it.")
            .MaximumLength(TextLength).WithMessage($"Keep the development project to {TextLength} characters.");
        RuleFor(command => command.ReframedProject).NotEmpty().WithMessage("Reframe the project into something achievable.")
            .MaximumLength(TextLength).WithMessage($"Keep the reframed project to {TextLength} characters.");
        RuleFor(command => command.Notes).MaximumLength(TextLength).WithMessage($"Keep the notes to {TextLength} characters.");
    }
}
