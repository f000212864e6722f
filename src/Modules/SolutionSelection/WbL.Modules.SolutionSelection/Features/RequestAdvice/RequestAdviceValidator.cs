using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.RequestAdvice;

internal sealed class RequestAdviceValidator : AbstractValidator<RequestAdviceCommand>
{
    public RequestAdviceValidator()
    {
        RuleFor(command => command.Topics).NotEmpty().WithMessage("Choose what the advice is about.");
        RuleForEach(command => command.Topics).Must(AdviceTopics.All.Contains)
            .WithMessage($"Topics are: {string.Join(", ", AdviceTopics.All)}.");
        RuleFor(command => command.Question).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Write the question for HR.").MaximumLength(4000);
    }
}
