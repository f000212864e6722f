using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.EnrolNeeds;

internal sealed class EnrolNeedsValidator : AbstractValidator<EnrolNeedsCommand>
{
    public EnrolNeedsValidator()
    {
        RuleFor(command => command.NeedIds).NotEmpty().WithMessage("Choose the needs to enrol.")
            .Must(ids => ids.Count <= 200).WithMessage("Enrol at most 200 needs at a time.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Each need should appear once.");
    }
}
