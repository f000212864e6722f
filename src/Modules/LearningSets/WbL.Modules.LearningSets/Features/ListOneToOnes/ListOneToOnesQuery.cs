using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.ListOneToOnes;

/// <summary>
/// A set's one-to-ones: every member's for the facilitator, HR and Admin, a member's own for a member; anyone else gets 404
/// (checked by <see cref="SetReads"/> and <see cref="OneToOneReads"/>).
/// </summary>
[AllowAnySignedInUser]
internal sealed record ListOneToOnesQuery(Guid SetId) : IQuery<SetOneToOnesResponse>;
