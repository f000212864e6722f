using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.AnswerAdviceRequest;

internal sealed class AnswerAdviceRequestValidator : AbstractValidator<AnswerAdviceRequestCommand>
{
    public AnswerAdviceRequestValidator()
    {
        RuleFor(command => command.Answer).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write the advice.").MaximumLength(4000);
        RuleFor(command => command.RecommendedOfferingIds).Must(ids => ids.Count <= 10).WithMessage("Recommend at most 10 offerings.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
