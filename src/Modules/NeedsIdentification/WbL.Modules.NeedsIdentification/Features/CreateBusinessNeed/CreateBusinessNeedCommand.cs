using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

/// <summary>HR for any unit; a manager for the units they lead (checked by the handler against the unit).</summary>
[AllowAnySignedInUser]
internal sealed record CreateBusinessNeedCommand(
    Guid OrgUnitId,
    string Title,
    string BusinessObjective,
    string MeasureName,
    string MeasureUnit,
    decimal? BaselineValue,
    decimal? TargetValue,
    string Priority,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd) : ICommand<BusinessNeedResponse>, IBusinessNeedFields;
