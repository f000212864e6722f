using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.CreateSolutionType;

[RequiresRole(Roles.HR)]
internal sealed record CreateSolutionTypeCommand(string Code, string Name) : ICommand<SolutionTypeResponse>;
