using FluentValidation;

namespace WbL.Modules.Organisation.Features.CreateOrgUnit;

/// <summary>The fields that creating and editing a unit share, so one validator covers both.</summary>
internal interface IOrgUnitFields
{
    string Name { get; }
    string Kind { get; }
    Guid? ParentId { get; }
}

internal sealed class OrgUnitFieldsValidator : AbstractValidator<IOrgUnitFields>
{
    public const int NameMaxLength = 200;

    public OrgUnitFieldsValidator()
    {
        RuleFor(unit => unit.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(NameMaxLength).WithMessage($"Name must be at most {NameMaxLength} characters.");
        RuleFor(unit => unit.Kind).Must(kind => OrgUnitKinds.All.Contains(kind))
            .WithMessage("Kind must be Organisation, Department or Team.");
        RuleFor(unit => unit.ParentId).NotNull().When(unit => unit.Kind is OrgUnitKinds.Department or OrgUnitKinds.Team)
            .WithMessage("A department or team needs a parent unit.");
        RuleFor(unit => unit.ParentId).Null().When(unit => unit.Kind == OrgUnitKinds.Organisation)
            .WithMessage("The organisation is the top of the tree and has no parent.");
    }
}
