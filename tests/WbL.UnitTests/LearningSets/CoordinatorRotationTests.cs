using WbL.Modules.LearningSets;

namespace WbL.UnitTests.LearningSets;

public sealed class CoordinatorRotationTests
{
    private static readonly CoordinatorRotation.Member Ann = new(Guid.NewGuid(), "Ann");
    private static readonly CoordinatorRotation.Member Bob = new(Guid.NewGuid(), "Bob");
    private static readonly CoordinatorRotation.Member Cy = new(Guid.NewGuid(), "Cy");

    private static CoordinatorRotation.Coordinated By(CoordinatorRotation.Member member, int month) => new(member.Id, new DateOnly(2026, month, 1));

    [Fact]
    public void Before_any_meeting_the_first_by_name_is_suggested() =>
        Assert.Equal(Ann.Id, CoordinatorRotation.Suggest([Cy, Bob, Ann], []));

    [Fact]
    public void The_member_who_has_coordinated_least_is_suggested() =>
        Assert.Equal(Cy.Id, CoordinatorRotation.Suggest([Ann, Bob, Cy], [By(Ann, 1), By(Bob, 2), By(Ann, 3)]));

    [Fact]
    public void Among_equals_someone_who_never_coordinated_comes_first() =>
        Assert.Equal(Bob.Id, CoordinatorRotation.Suggest([Ann, Bob], [By(Ann, 1)]));

    [Fact]
    public void Among_equals_the_one_who_coordinated_longest_ago_comes_next() =>
        Assert.Equal(Bob.Id, CoordinatorRotation.Suggest([Ann, Bob, Cy], [By(Cy, 3), By(Bob, 1), By(Ann, 2)]));

    [Fact]
    public void Former_members_coordinating_do_not_count_and_no_members_means_no_suggestion()
    {
        var gone = new CoordinatorRotation.Member(Guid.NewGuid(), "Aaron");
        Assert.Equal(Ann.Id, CoordinatorRotation.Suggest([Ann, Bob], [By(gone, 1), By(Bob, 2)]));
        Assert.Null(CoordinatorRotation.Suggest([], [By(Ann, 1)]));
    }
}
