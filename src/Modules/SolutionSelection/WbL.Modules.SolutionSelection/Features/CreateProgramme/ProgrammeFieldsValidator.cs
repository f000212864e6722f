using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

internal interface IProgrammeFields
{
    string Title { get; }
    Guid? OfferingId { get; }
    decimal? CostPerHead { get; }
    decimal? TotalCost { get; }
    IReadOnlyList<Guid> ManagersConsulted { get; }
    string? Notes { get; }
}

internal sealed class ProgrammeFieldsValidator : AbstractValidator<IProgrammeFields>
{
    public ProgrammeFieldsValidator()
    {
        RuleFor(programme => programme.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the programme a title.").MaximumLength(200);
        RuleFor(programme => programme.CostPerHead).NotNull().WithMessage("Give the cost per head.")
            .InclusiveBetween(0m, 1_000_000m).WithMessage("Cost per head must be between 0 and 1,000,000.");
        RuleFor(programme => programme.TotalCost).InclusiveBetween(0m, 100_000_000m).WithMessage("Total cost must be between 0 and 100,000,000.");
        RuleFor(programme => programme.ManagersConsulted).Must(managers => managers.Count <= 200).WithMessage("List at most 200 managers.");
        RuleFor(programme => programme.Notes).MaximumLength(4000);
    }
}
