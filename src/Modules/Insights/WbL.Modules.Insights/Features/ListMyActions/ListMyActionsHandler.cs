using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Features.ListMyActions;

internal sealed class ListMyActionsHandler(
    IEnumerable<IActionItemSource> sources, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListMyActionsQuery, MyActionsResponse>
{
    public async ValueTask<MyActionsResponse> Handle(ListMyActionsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.PersonId;
        var roles = Roles.Grantable.Where(currentUser.IsInRole).ToHashSet(StringComparer.Ordinal);
        var reports = (await directory.DirectReportsAsync(me, cancellationToken)).Select(person => person.Id).ToList();
        var viewer = new ActionViewer(me, roles, reports, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

        // One after the other: the sources share the request's database session.
        var all = new List<ActionItem>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ActionsForAsync(viewer, cancellationToken));
        }
        var sorted = ActionOrder.Sort(all);
        var (items, next) = ActionOrder.Page(sorted, query.Limit ?? Paging.DefaultLimit, query.After);

        var people = await directory.FindPeopleAsync(
            items.Select(item => item.AboutPersonId).OfType<Guid>().Where(id => id != me).Distinct().ToList(), cancellationToken);
        var responses = items.Select(item =>
        {
            var about = item.AboutPersonId is { } id && id != me ? people.GetValueOrDefault(id)?.DisplayName : null;
            return new ActionItemResponse(
                item.Kind, about is null ? item.Title : $"{about}: {item.Title}", item.RecordType, item.RecordId, item.Link,
                item.Urgency.ToString(), item.DueOn, item.OpenSince, item.AboutPersonId, about);
        }).ToList();

        var counts = new ActionCounts(
            sorted.Count,
            Enum.GetValues<ActionUrgency>().ToDictionary(urgency => urgency.ToString(), urgency => sorted.Count(item => item.Urgency == urgency)),
            sorted.GroupBy(item => item.Kind, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal));
        return new MyActionsResponse(responses, next, counts);
    }
}
