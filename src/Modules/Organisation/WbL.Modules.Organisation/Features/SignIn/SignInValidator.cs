using FluentValidation;

namespace WbL.Modules.Organisation.Features.SignIn;

internal sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(command => command.Email).NotEmpty().WithMessage("Enter your e-mail address.").MaximumLength(256);
        RuleFor(command => command.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(1024);
    }
}
