using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.AddLearningSetMember;

/// <summary>The facilitator or HR adds a member to a set that is not closed (checked by <see cref="SetReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record AddLearningSetMemberCommand(Guid SetId, Guid PersonId, int Version) : ICommand<LearningSetResponse>;
