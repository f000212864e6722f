using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Audit.Features.ListAuditEntries;

internal sealed class ListAuditEntriesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (Guid? recordId, string? recordType, Guid? personId, Guid? actorId, DateTimeOffset? from, DateTimeOffset? to,
                string? entity, Guid? id, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(recordId ?? id, recordType ?? entity, personId, actorId, from, to, limit, after), cancellationToken)))
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("The audit trail, newest first: every change with who made it (null actor: the system), when, the record, whom it is about, "
                + "the values sent (secrets and files redacted) and the correlation id. HR and Admin read every entry; anyone else only entries about "
                + "themselves. Filters: recordId (alias id), recordType (alias entity), personId (whom the record is about), actorId, from (inclusive) "
                + "and to (exclusive) instants. Paged with limit/after.")
            .ProducesValidationProblem();
}
