using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.UpdateLearningSet;

/// <summary>The facilitator or HR changes a set's details and moves its status forward (checked by <see cref="SetReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record UpdateLearningSetCommand(Guid Id, string Name, string Purpose, string MeetingCadence, string Status, int Version)
    : ICommand<LearningSetResponse>;
