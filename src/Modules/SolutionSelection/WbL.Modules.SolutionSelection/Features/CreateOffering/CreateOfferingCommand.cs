using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.CreateOffering;

[RequiresRole(Roles.HR)]
internal sealed record CreateOfferingCommand(
    Guid ProviderId,
    string Title,
    string SolutionType,
    bool? Accredited,
    string? Qualification,
    string Duration,
    decimal? Cost,
    string DeliveryMode,
    bool? Active) : ICommand<OfferingResponse>, IOfferingFields;
