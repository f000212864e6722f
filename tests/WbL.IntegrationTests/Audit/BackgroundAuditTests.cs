using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.ProgressReviews;
using WbL.Modules.LearnerContracts;
using WbL.SharedKernel.Audit;

namespace WbL.IntegrationTests.Audit;

/// <summary>Moves its clock forward, so it has a database and clock of its own.</summary>
public sealed class BackgroundAuditTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_contract_started_by_the_clock_is_audited_without_an_actor_and_so_is_its_schedule()
    {
        var (line, _, _, agreed) = await factory.AgreedContractAsync(start: "2026-12-01");

        // Moving the clock also wakes the host's activation service; whichever runs first activates it, once, in a round of its own.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        using (Correlation.StartBackground("ActivationRoundUnderTest"))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ContractActivation>().ActivateDueAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        }

        var activated = Assert.Single(await factory.EntriesOfRecordAsync(agreed.Id), entry => entry.Action == "ContractActivated");
        Assert.Equal((null, "Contract", (Guid?)line.Report.Id), (activated.ActorPersonId, activated.RecordType, activated.SubjectPersonId));
        Assert.Matches("^[0-9a-f]{32}$", activated.CorrelationId);
        Assert.Contains("\"status\":\"Active\"", activated.Changes, StringComparison.Ordinal);
        var manager = await factory.SignInAsync(line.Manager.Email);
        var reviews = (await manager.ScheduleAsync(agreed.Id)).Reviews;
        Assert.NotEmpty(reviews);
        foreach (var review in reviews)
        {
            var scheduled = Assert.Single(await factory.EntriesOfRecordAsync(review.Id));
            Assert.Equal((null, "ContractActivated", "ProgressReview", (Guid?)line.Report.Id),
                (scheduled.ActorPersonId, scheduled.Action, scheduled.RecordType, scheduled.SubjectPersonId));
        }
    }

    [Fact]
    public async Task Background_work_takes_its_correlation_id_from_its_round_and_a_request_continues_a_callers_trace()
    {
        string inRound;
        using (var round = Correlation.StartBackground("Round"))
        {
            inRound = Correlation.CurrentId;
            Assert.Equal(round.TraceId.ToHexString(), inRound);
            using var handedOn = Correlation.StartBackground("HandedOn");
            Assert.Equal(inRound, Correlation.CurrentId);
        }

        var admin = await factory.SignInAsAdminAsync();
        var (unit, trace) = await admin.TracedAsync(() => admin.OwnTreeAsync());
        Assert.Equal(trace, Assert.Single(await factory.EntriesOfRecordAsync(unit.Team.Id)).CorrelationId);
    }
}
