using FluentValidation;

namespace WbL.Modules.LearningSets.Features.AddLearningSetMember;

internal sealed class AddLearningSetMemberValidator : AbstractValidator<AddLearningSetMemberCommand>
{
    public AddLearningSetMemberValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty().WithMessage("Say who joins the set.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
