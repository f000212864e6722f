using FluentValidation;
using WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

namespace WbL.Modules.NeedsIdentification.Features.UpdateBusinessNeed;

internal sealed class UpdateBusinessNeedValidator : AbstractValidator<UpdateBusinessNeedCommand>
{
    public UpdateBusinessNeedValidator()
    {
        Include(new BusinessNeedFieldsValidator());
        RuleFor(command => command.Status).Must(BusinessNeedStatuses.All.Contains)
            .WithMessage($"Status must be one of: {string.Join(", ", BusinessNeedStatuses.All)}.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
