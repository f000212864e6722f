using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.ListMeetings;

/// <summary>A set's meetings, oldest first, with the suggested next coordinator. Whoever reads the set; anyone else gets 404 (checked by <see cref="SetReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record ListMeetingsQuery(Guid SetId) : IQuery<SetMeetingsResponse>;
