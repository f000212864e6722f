using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.CreateLearningSet;

/// <summary>HR or a facilitator forms a set: its facilitator, its members and how often it means to meet.</summary>
[RequiresRole(Roles.HR, Roles.Facilitator)]
internal sealed record CreateLearningSetCommand(string Name, string Purpose, Guid FacilitatorId, string MeetingCadence, IReadOnlyList<Guid> MemberIds)
    : ICommand<LearningSetResponse>;
