using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammes;

[RequiresRole(Roles.HR, Roles.Manager, Roles.Admin)]
internal sealed record ListProgrammesQuery(string? Status, int? Limit, string? After) : IQuery<Page<ProgrammeResponse>>;
