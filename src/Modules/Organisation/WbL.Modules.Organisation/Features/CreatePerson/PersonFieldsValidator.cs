using FluentValidation;
using WbL.Modules.Organisation.Auth;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.CreatePerson;

internal sealed class PersonFieldsValidator : AbstractValidator<IPersonFields>
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;

    public PersonFieldsValidator()
    {
        RuleFor(person => person.DisplayName).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(NameMaxLength).WithMessage($"Name must be at most {NameMaxLength} characters.");
        RuleFor(person => person.Email).NotEmpty().WithMessage("E-mail is required.")
            .MaximumLength(EmailMaxLength).WithMessage($"E-mail must be at most {EmailMaxLength} characters.")
            .EmailAddress().WithMessage("Enter a valid e-mail address.");
        RuleFor(person => person.JobTitle).MaximumLength(NameMaxLength).WithMessage($"Job title must be at most {NameMaxLength} characters.");
        RuleFor(person => person.OrgUnitId).NotEmpty().WithMessage("Choose the person's org unit.");
        RuleForEach(person => person.Roles).Must(role => Roles.Grantable.Contains(role))
            .WithMessage($"Roles may be {string.Join(", ", Roles.Grantable)}; Learner and Manager follow automatically.");
        RuleFor(person => person.Password).MinimumLength(PasswordHashing.MinimumLength)
            .WithMessage($"A password needs at least {PasswordHashing.MinimumLength} characters.")
            .MaximumLength(256)
            .When(person => !string.IsNullOrEmpty(person.Password));
    }
}

internal sealed class CreatePersonValidator : AbstractValidator<CreatePersonCommand>
{
    public CreatePersonValidator() => Include(new PersonFieldsValidator());
}
