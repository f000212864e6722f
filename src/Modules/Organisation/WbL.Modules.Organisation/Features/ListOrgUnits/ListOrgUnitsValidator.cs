using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListOrgUnits;

internal sealed class ListOrgUnitsValidator : AbstractValidator<ListOrgUnitsQuery>
{
    public ListOrgUnitsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
