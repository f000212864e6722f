using Mediator;
using WbL.Modules.SolutionSelection.Features.CreateOffering;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.UpdateOffering;

[RequiresRole(Roles.HR)]
internal sealed record UpdateOfferingCommand(
    Guid Id,
    string Title,
    string SolutionType,
    bool? Accredited,
    string? Qualification,
    string Duration,
    decimal? Cost,
    string DeliveryMode,
    bool? Active,
    int Version) : ICommand<OfferingResponse>, IOfferingFields;
