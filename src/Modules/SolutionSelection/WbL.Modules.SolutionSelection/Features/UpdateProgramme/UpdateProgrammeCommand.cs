using Mediator;
using WbL.Modules.SolutionSelection.Features.CreateProgramme;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.UpdateProgramme;

[RequiresRole(Roles.HR)]
internal sealed record UpdateProgrammeCommand(
    Guid Id,
    string Title,
    Guid? OfferingId,
    decimal? CostPerHead,
    decimal? TotalCost,
    string Status,
    IReadOnlyList<Guid> ManagersConsulted,
    string? Notes,
    int Version) : ICommand<ProgrammeResponse>, IProgrammeFields;
