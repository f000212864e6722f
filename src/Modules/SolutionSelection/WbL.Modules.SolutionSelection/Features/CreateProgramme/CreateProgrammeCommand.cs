using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

[RequiresRole(Roles.HR)]
internal sealed record CreateProgrammeCommand(
    string Title,
    string CompetencyTag,
    Guid? OfferingId,
    decimal? CostPerHead,
    decimal? TotalCost,
    IReadOnlyList<Guid> ManagersConsulted,
    string? Notes) : ICommand<ProgrammeResponse>, IProgrammeFields;
