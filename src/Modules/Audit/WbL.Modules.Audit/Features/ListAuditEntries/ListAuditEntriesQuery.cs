using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Audit.Features.ListAuditEntries;

/// <summary>
/// Audit entries, newest first. HR and Admin read every entry; anyone else only the entries about themselves, and every
/// filter narrows within those, so asking about someone else gives an empty page rather than a hint that entries exist.
/// </summary>
[AllowAnySignedInUser]
internal sealed record ListAuditEntriesQuery(
    Guid? RecordId,
    string? RecordType,
    Guid? PersonId,
    Guid? ActorId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Limit,
    string? After) : IQuery<Page<AuditEntryResponse>>;
