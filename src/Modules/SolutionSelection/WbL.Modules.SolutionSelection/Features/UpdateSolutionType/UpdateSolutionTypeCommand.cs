using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.UpdateSolutionType;

[RequiresRole(Roles.HR)]
internal sealed record UpdateSolutionTypeCommand(string Code, string Name, bool? Active, int Version) : ICommand<SolutionTypeResponse>;
