using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.GetProgramme;

[RequiresRole(Roles.HR, Roles.Manager, Roles.Admin)]
internal sealed record GetProgrammeQuery(Guid Id) : IQuery<ProgrammeResponse>;
