using WbL.Modules.Insights.Features.ListMyActions;
using WbL.SharedKernel.Insights;

namespace WbL.UnitTests.Insights;

public sealed class ActionOrderTests
{
    private static ActionItem Item(string kind, ActionUrgency urgency, DateOnly? dueOn = null, DateOnly? since = null, Guid? id = null) =>
        new(kind, kind, "Record", id ?? Guid.NewGuid(), "/", urgency, dueOn, null, since);

    [Fact]
    public void Most_urgent_first_then_the_earliest_date_with_undated_items_last()
    {
        var upcoming = Item("progress-review-upcoming", ActionUrgency.Upcoming, new DateOnly(2026, 11, 3));
        var openOld = Item("advice-request-open", ActionUrgency.Open, since: new DateOnly(2026, 9, 1));
        var openUndated = Item("corporate-programme-candidate", ActionUrgency.Open);
        var openNew = Item("contract-to-sign", ActionUrgency.Open, since: new DateOnly(2026, 10, 30));
        var due = Item("progress-review", ActionUrgency.Due, new DateOnly(2026, 11, 5));
        var overdueLater = Item("progress-review", ActionUrgency.Overdue, new DateOnly(2026, 10, 19));
        var overdueEarlier = Item("impact-review", ActionUrgency.Overdue, new DateOnly(2026, 11, 1).AddMonths(-3));

        var sorted = ActionOrder.Sort([upcoming, openUndated, openNew, due, overdueLater, openOld, overdueEarlier]);

        Assert.Equal([overdueEarlier, overdueLater, due, openOld, openNew, openUndated, upcoming], sorted);
    }

    [Fact]
    public void Equal_keys_fall_back_to_the_record_id_so_the_order_is_total()
    {
        var low = Item("progress-review", ActionUrgency.Due, new DateOnly(2026, 11, 5), id: new Guid("00000000-0000-0000-0000-000000000001"));
        var high = Item("progress-review", ActionUrgency.Due, new DateOnly(2026, 11, 5), id: new Guid("00000000-0000-0000-0000-000000000002"));

        Assert.Equal([low, high], ActionOrder.Sort([high, low]));
        Assert.Equal([low, high], ActionOrder.Sort([low, high]));
    }

    [Fact]
    public void The_same_record_and_kind_from_two_sources_is_listed_once()
    {
        var id = Guid.NewGuid();
        var sorted = ActionOrder.Sort([Item("impact-review", ActionUrgency.Due, new DateOnly(2026, 12, 1), id: id), Item("impact-review", ActionUrgency.Overdue, new DateOnly(2026, 12, 1), id: id)]);

        Assert.Equal(ActionUrgency.Overdue, Assert.Single(sorted).Urgency);
    }

    [Fact]
    public void Pages_follow_the_cursor_and_the_last_page_has_none()
    {
        var items = ActionOrder.Sort(Enumerable.Range(1, 5).Select(day => Item("progress-review", ActionUrgency.Overdue, new DateOnly(2026, 10, day))));

        var (first, next) = ActionOrder.Page(items, 2, null);
        Assert.Equal(items.Take(2), first);
        var (second, afterSecond) = ActionOrder.Page(items, 2, next);
        Assert.Equal(items.Skip(2).Take(2), second);
        var (last, none) = ActionOrder.Page(items, 2, afterSecond);
        Assert.Equal(items.Skip(4), last);
        Assert.Null(none);
        Assert.Null(ActionOrder.Page(items, 5, null).Next);
    }

    [Fact]
    public void A_cursor_stays_right_when_items_before_it_are_done_meanwhile()
    {
        var items = ActionOrder.Sort(Enumerable.Range(1, 4).Select(day => Item("progress-review", ActionUrgency.Overdue, new DateOnly(2026, 10, day))));
        var (_, next) = ActionOrder.Page(items, 2, null);

        // The first item is done: the second page still starts after the last item seen, not two items in.
        var (page, _) = ActionOrder.Page(items.Skip(1).ToList(), 2, next);

        Assert.Equal(items.Skip(2), page);
    }
}
