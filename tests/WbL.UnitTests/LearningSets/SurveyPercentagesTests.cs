using WbL.Modules.LearningSets;

namespace WbL.UnitTests.LearningSets;

public sealed class SurveyPercentagesTests
{
    private static SurveyAnswer Answered(string rating, string role = "Member", string[]? issues = null, bool? achieved = true, bool? secondPhase = false) =>
        new(role, true, rating, issues ?? [], achieved, secondPhase);

    private static SurveyAnswer Unanswered(string role = "Member") => new(role, false, null, [], null, null);

    [Theory]
    [InlineData(6, 7, 86)]
    [InlineData(1, 8, 13)]
    [InlineData(3, 8, 38)]
    [InlineData(5, 8, 63)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 200, 1)]
    [InlineData(1, 201, 0)]
    [InlineData(0, 5, 0)]
    [InlineData(5, 5, 100)]
    public void A_share_is_a_whole_percent_with_halves_rounded_away_from_zero(int count, int total, int expected) =>
        Assert.Equal(expected, SurveyPercentages.Percent(count, total));

    [Fact]
    public void Nothing_to_divide_by_is_no_percentage_not_zero() =>
        Assert.Null(SurveyPercentages.Percent(0, 0));

    [Fact]
    public void Six_of_seven_good_or_excellent_is_86_percent_worked_from_the_counts_not_the_rounded_shares()
    {
        SurveyAnswer[] answers =
        [
            Answered("Excellent"), Answered("Excellent"), Answered("Excellent"),
            Answered("Good"), Answered("Good"), Answered("Good"),
            Answered("Fair"),
        ];

        var figures = SurveyPercentages.Tally(answers);

        Assert.Equal(86, figures.GoodOrExcellentPercent);
        // 3/7 = 42.9 % rounds to 43 for each; 1/7 = 14.3 % to 14.
        Assert.Equal(new RatingPercents(0, 14, 43, 43), figures.ValueRatings);
    }

    [Fact]
    public void Good_or_excellent_is_not_the_sum_of_the_rounded_shares()
    {
        // 1/8 good (12.5 → 13) + 1/8 excellent (13): the sum of the shares would say 26; 2/8 is 25.
        SurveyAnswer[] answers = [Answered("Good"), Answered("Excellent"), .. Enumerable.Repeat(Answered("Fair"), 6)];

        var figures = SurveyPercentages.Tally(answers);

        Assert.Equal((13, 13), (figures.ValueRatings.Good, figures.ValueRatings.Excellent));
        Assert.Equal(25, figures.GoodOrExcellentPercent);
    }

    [Fact]
    public void With_nothing_answered_every_share_of_the_answers_is_null_and_the_response_rate_is_zero()
    {
        var figures = SurveyPercentages.Tally([Unanswered(), Unanswered("Facilitator")]);

        Assert.Equal((2, 0, 0), (figures.Invited, figures.Answered, figures.ResponseRatePercent));
        Assert.Equal(new RatingPercents(null, null, null, null), figures.ValueRatings);
        Assert.Equal(new IssuePercents(null, null, null, null), figures.Issues);
        Assert.Null(figures.GoodOrExcellentPercent);
        Assert.Null(figures.AchievedGoalPercent);
        Assert.Null(figures.StartedSecondPhasePercent);
    }

    [Fact]
    public void Nobody_invited_has_no_response_rate()
    {
        var figures = SurveyPercentages.Tally([]);

        Assert.Equal((0, 0), (figures.Invited, figures.Answered));
        Assert.Null(figures.ResponseRatePercent);
    }

    [Fact]
    public void Shares_are_of_the_answered_responses_and_the_response_rate_of_the_invited()
    {
        SurveyAnswer[] answers =
        [
            Answered("Good", issues: ["TimePressure", "ManagementSupport"]),
            Answered("Poor", issues: ["TimePressure"]),
            Answered("Excellent"),
            Unanswered(),
        ];

        var figures = SurveyPercentages.Tally(answers);

        Assert.Equal(75, figures.ResponseRatePercent);
        Assert.Equal(new IssuePercents(67, 0, 33, 0), figures.Issues);
        Assert.Equal(67, figures.GoodOrExcellentPercent);
    }

    [Fact]
    public void Goal_and_second_phase_count_only_the_answers_that_were_asked_them()
    {
        SurveyAnswer[] answers =
        [
            Answered("Good", achieved: true, secondPhase: true),
            Answered("Good", "SponsoringManager", achieved: true, secondPhase: false),
            Answered("Fair", "SponsoringManager", achieved: false, secondPhase: false),
            // The facilitator is not asked: they count for the rating, not for the goal.
            Answered("Excellent", "Facilitator", achieved: null, secondPhase: null),
        ];

        var figures = SurveyPercentages.Tally(answers);

        Assert.Equal(67, figures.AchievedGoalPercent);
        Assert.Equal(33, figures.StartedSecondPhasePercent);
        Assert.Equal(75, figures.GoodOrExcellentPercent);
    }

    [Fact]
    public void By_role_gives_every_role_in_order_even_one_nobody_answered_as()
    {
        SurveyAnswer[] answers = [Answered("Good"), Answered("Poor"), Unanswered("Facilitator")];

        var byRole = SurveyPercentages.ByRole(answers);

        Assert.Equal(["Member", "Facilitator", "SponsoringManager"], byRole.Select(role => role.RespondentRole));
        Assert.Equal((2, 2, 50), (byRole[0].Figures.Invited, byRole[0].Figures.Answered, byRole[0].Figures.GoodOrExcellentPercent));
        Assert.Equal((1, 0, (int?)null), (byRole[1].Figures.Invited, byRole[1].Figures.Answered, byRole[1].Figures.GoodOrExcellentPercent));
        Assert.Equal((0, (int?)null), (byRole[2].Figures.Invited, byRole[2].Figures.ResponseRatePercent));
    }
}
