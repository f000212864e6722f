using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.EnrolNeeds;

/// <summary>HR enrols needs in a programme: each gets the programme as its selected option.</summary>
[RequiresRole(Roles.HR)]
internal sealed record EnrolNeedsCommand(Guid ProgrammeId, IReadOnlyList<Guid> NeedIds) : ICommand<ProgrammeResponse>;
