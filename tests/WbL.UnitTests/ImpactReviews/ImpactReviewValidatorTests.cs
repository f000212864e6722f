using Microsoft.Extensions.Time.Testing;
using WbL.Api.Errors;
using WbL.Modules.ImpactReviews.Features.ListImpactReviews;
using WbL.Modules.ImpactReviews.Features.StartSecondPhase;
using WbL.Modules.ImpactReviews.Features.UpdateImpactReview;

namespace WbL.UnitTests.ImpactReviews;

public sealed class ImpactReviewValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

    private static readonly UpdateImpactReviewValidator Validator = new(Clock);

    private static ImpactManagerPartInput Complete(bool record = true) => new(
        record,
        [new ImpactOutcomeInput(0, true, "Chaired three panels to time")],
        new ImpactBehaviourInput("Runs the weekly huddle", 4, "Cover for absences", "Protected time"),
        new ImpactResultsInput(85m, new DateOnly(2027, 1, 31)),
        new ImpactIsolationInput("Estimate", 60m, 75.5m),
        new ImpactMoneyInput(120m, 50_000m, 1_200m, 80.25m, 0m, 37.5m, 28.4m, 300m, 210m, "Better morale"),
        "Second phase on coaching");

    private static List<string> FailingFields(UpdateImpactReviewCommand command) =>
        Validator.Validate(command).Errors.Select(error => ProblemExceptionHandler.CamelCasePath(error.PropertyName)).Distinct().Order(StringComparer.Ordinal).ToList();

    private static UpdateImpactReviewCommand Manager(ImpactManagerPartInput part) => new(Guid.NewGuid(), 3, null, part);

    [Fact]
    public void A_complete_manager_part_and_a_learner_part_are_valid()
    {
        Assert.Empty(FailingFields(Manager(Complete())));
        Assert.Empty(FailingFields(new UpdateImpactReviewCommand(Guid.NewGuid(), 1, new ImpactLearnerPartInput(5, "Very relevant"), null)));
    }

    [Fact]
    public void A_draft_may_leave_everything_out()
    {
        Assert.Empty(FailingFields(Manager(new ImpactManagerPartInput(false, null, null, null, null, null, null))));
    }

    [Fact]
    public void One_part_per_request_with_the_version()
    {
        Assert.Equal(["part", "version"], FailingFields(new UpdateImpactReviewCommand(Guid.NewGuid(), 0, null, null)));
        Assert.Equal(["part"], FailingFields(new UpdateImpactReviewCommand(Guid.NewGuid(), 1, new ImpactLearnerPartInput(3, null), Complete())));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_are_one_to_five(int rating)
    {
        Assert.Equal(["learner.reactionRating"], FailingFields(new UpdateImpactReviewCommand(Guid.NewGuid(), 1, new ImpactLearnerPartInput(rating, null), null)));
        Assert.Equal(["manager.behaviour.transferRating"], FailingFields(Manager(Complete() with { Behaviour = new ImpactBehaviourInput(null, rating, null, null) })));
    }

    [Fact]
    public void Percentages_are_zero_to_a_hundred_with_two_places()
    {
        var part = Complete() with { Isolation = new ImpactIsolationInput("Guess", -1m, 100.001m) };

        Assert.Equal(["manager.isolation.attributionPercent", "manager.isolation.confidencePercent", "manager.isolation.method"], FailingFields(Manager(part)));
        Assert.Empty(FailingFields(Manager(Complete() with { Isolation = new ImpactIsolationInput("ControlGroup", 0m, 100m) })));
    }

    [Fact]
    public void Money_is_never_negative_nor_beyond_a_hundred_million_and_kept_to_the_penny()
    {
        var money = new ImpactMoneyInput(-1m, 100_000_000.01m, 10.001m, null, null, 10_001m, 10_000.5m, null, null, null);

        Assert.Equal(
            ["manager.money.annualisedBenefit", "manager.money.benefitPerUnit", "manager.money.fees", "manager.money.learnerHours", "manager.money.loadedHourlyRate"],
            FailingFields(Manager(Complete() with { Money = money })));
    }

    [Fact]
    public void The_value_now_needs_its_date_and_the_date_is_not_in_the_future()
    {
        Assert.Equal(["manager.results.valueNowOn"], FailingFields(Manager(Complete(record: false) with { Results = new ImpactResultsInput(85m, null) })));
        Assert.Equal(["manager.results.valueNowOn"], FailingFields(Manager(Complete() with { Results = new ImpactResultsInput(85m, new DateOnly(2027, 2, 2)) })));
    }

    [Fact]
    public void Recording_needs_the_transfer_rating_the_value_now_and_the_isolation()
    {
        var part = Complete() with { Behaviour = null, Results = null, Isolation = null };

        Assert.Equal(
            [
                "manager.behaviour.transferRating", "manager.isolation.attributionPercent", "manager.isolation.confidencePercent",
                "manager.isolation.method", "manager.results.valueNow", "manager.results.valueNowOn",
            ],
            FailingFields(Manager(part)));
        Assert.Empty(FailingFields(Manager(part with { Record = false })));
    }

    [Fact]
    public void Texts_are_limited_and_outcomes_given_once()
    {
        var longText = new string('x', UpdateImpactReviewValidator.TextLength + 1);
        var part = Complete() with
        {
            Outcomes = [new ImpactOutcomeInput(0, true, null), new ImpactOutcomeInput(0, false, longText)],
            WhatNext = longText,
        };

        Assert.Equal(["manager.outcomes", "manager.outcomes[1].evidence", "manager.whatNext"], FailingFields(Manager(part)));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("pending", true)]
    [InlineData("Due", true)]
    [InlineData("OVERDUE", true)]
    [InlineData("completed", true)]
    [InlineData("late", false)]
    public void The_list_takes_the_four_statuses_in_any_case(string? status, bool valid)
    {
        Assert.Equal(valid, new ListImpactReviewsValidator().Validate(new ListImpactReviewsQuery(status, null, null)).IsValid);
    }

    [Fact]
    public void A_second_phase_needs_a_title_and_outcomes()
    {
        var errors = new StartSecondPhaseValidator().Validate(new StartSecondPhaseCommand(Guid.NewGuid(), 1, " ", [], null, null)).Errors;

        Assert.Equal(["LearningOutcomes", "Title"], errors.Select(error => error.PropertyName).Order(StringComparer.Ordinal));
    }
}
