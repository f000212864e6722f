using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.UnitTests.Paging;

public sealed class PagingTests
{
    private sealed record ListRequest(int? Limit, string? After);

    private static readonly InlineValidator<ListRequest> Validator = new()
    {
        validator => validator.RuleFor(request => request.Limit).ValidLimit(),
        validator => validator.RuleFor(request => request.After).ValidCursor(),
    };

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(WbL.SharedKernel.Paging.Paging.MaxLimit)]
    public void Limits_from_one_to_the_maximum_or_none_are_valid(int? limit)
    {
        Assert.True(Validator.Validate(new ListRequest(limit, null)).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WbL.SharedKernel.Paging.Paging.MaxLimit + 1)]
    public void Limits_outside_the_range_are_refused_on_the_limit_field(int limit)
    {
        var result = Validator.Validate(new ListRequest(limit, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Limit", error.PropertyName);
    }

    [Fact]
    public void A_cursor_from_a_previous_page_is_valid()
    {
        var next = new KeysetCursor("Aisha", Guid.NewGuid()).Encode();

        Assert.True(Validator.Validate(new ListRequest(null, next)).IsValid);
    }

    [Fact]
    public void A_made_up_cursor_is_refused_on_the_after_field()
    {
        var result = Validator.Validate(new ListRequest(null, "page-2"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("After", error.PropertyName);
    }

    [Fact]
    public void A_page_with_no_more_rows_has_no_next_cursor()
    {
        var rows = new[] { "a", "b" };

        var page = WbL.SharedKernel.Paging.Paging.ToPage(rows, limit: 2, row => new KeysetCursor(row, Guid.Empty));

        Assert.Equal(rows, page.Items);
        Assert.Null(page.Next);
    }

    [Fact]
    public void The_extra_row_is_dropped_and_the_next_cursor_points_at_the_last_row_kept()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var rows = new[] { ("a", ids[0]), ("b", ids[1]), ("c", ids[2]) };

        var page = WbL.SharedKernel.Paging.Paging.ToPage(rows, limit: 2, row => new KeysetCursor(row.Item1, row.Item2));

        Assert.Equal(rows[..2], page.Items);
        Assert.Equal(new KeysetCursor("b", ids[1]), KeysetCursor.From(page.Next));
    }
}
