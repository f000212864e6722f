using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.UpdateBusinessNeed;

[AllowAnySignedInUser]
internal sealed record UpdateBusinessNeedCommand(
    Guid Id,
    string Title,
    string BusinessObjective,
    string MeasureName,
    string MeasureUnit,
    decimal? BaselineValue,
    decimal? TargetValue,
    string Priority,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Status,
    int Version) : ICommand<BusinessNeedResponse>, IBusinessNeedFields;
