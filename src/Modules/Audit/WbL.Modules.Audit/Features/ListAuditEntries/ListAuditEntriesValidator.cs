using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Audit.Features.ListAuditEntries;

internal sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(query => query.RecordType).MaximumLength(100);
        RuleFor(query => query.To)
            .Must((query, to) => query.From is null || to is null || to > query.From)
            .WithMessage("'to' must be later than 'from'.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After)
            .ValidCursor()
            .Must(after => after is null || AuditEntryCursor.TryRead(after, out _))
            .WithMessage("The cursor is not valid; pass the 'next' value from the previous page.");
    }
}
