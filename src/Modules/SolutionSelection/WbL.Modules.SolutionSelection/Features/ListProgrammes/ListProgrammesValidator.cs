using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammes;

internal sealed class ListProgrammesValidator : AbstractValidator<ListProgrammesQuery>
{
    public ListProgrammesValidator()
    {
        RuleFor(query => query.Status).Must(status => status is null || ProgrammeStatuses.All.Contains(status))
            .WithMessage($"Status must be one of: {string.Join(", ", ProgrammeStatuses.All)}.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
