using System.Net;
using WbL.IntegrationTests.Audit;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.Reliability;

/// <summary>
/// Optimistic concurrency under real parallel requests: two edits from one version never both win, and writers that
/// re-read and retry on 409 never lose an update, however many there are.
/// </summary>
public sealed class ConcurrencyTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private const string StaleVersion = "/problems/stale-version";

    /// <summary>Sends both edits at once and asserts exactly one 200 and one stale-version 409.</summary>
    private static async Task ExactlyOneWinsAsync(Func<string, Task<HttpResponseMessage>> edit)
    {
        var responses = await Task.WhenAll(edit("First edit"), edit("Second edit"));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, response => response.StatusCode != HttpStatusCode.OK);
        await loser.ShouldBeProblemOfType(HttpStatusCode.Conflict, StaleVersion);
    }

    [Fact]
    public async Task Two_admins_renaming_an_org_unit_from_one_version_one_wins_and_the_other_gets_409()
    {
        var admin = await factory.SignInAsAdminAsync();
        var other = await factory.SignInAsAdminAsync();
        var (_, department, _) = await admin.CreateTreeAsync();
        var unit = await admin.CreateUnitAsync("Lettings", "Team", department.Id);

        await ExactlyOneWinsAsync(name => (name == "First edit" ? admin : other).Http.PutAsJsonAsync(
            $"/api/org-units/{unit.Id}", new { name, unit.Kind, unit.ParentId, unit.Version }));

        var stored = await (await admin.Http.GetAsync($"/api/org-units/{unit.Id}")).ReadAs<OrgUnit>();
        Assert.Equal(unit.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Two_edits_of_a_person_from_one_version_one_wins_and_the_other_gets_409()
    {
        var admin = await factory.SignInAsAdminAsync();
        var other = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Pat Person", team.Id);

        await ExactlyOneWinsAsync(jobTitle => (jobTitle == "First edit" ? admin : other).Http.PutAsJsonAsync($"/api/people/{person.Id}", new
        {
            person.DisplayName, person.Email, jobTitle, person.OrgUnitId, person.ManagerId, person.Roles, person.Active, person.Version,
        }));

        var stored = await (await admin.Http.GetAsync($"/api/people/{person.Id}")).ReadAs<Person>();
        Assert.Equal(person.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Two_edits_of_a_development_need_from_one_version_one_wins_and_the_other_gets_409()
    {
        var line = await factory.LineAsync();
        // Two browsers of the manager: a need the manager raised is the manager's to edit.
        var manager = await factory.SignInAsync(line.Manager.Email);
        var otherTab = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        await ExactlyOneWinsAsync(title => (title == "First edit" ? manager : otherTab).Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", new
        {
            title, need.LearningOutcomes, need.PerformanceImprovement, need.TargetRole, need.BusinessNeedId, need.Origin, need.IsPrivate,
            need.Priority, need.CompetencyTags, need.Version,
        }));

        var stored = await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal(need.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Two_edits_of_a_contract_draft_from_one_version_one_wins_and_the_other_gets_409()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var draft = await manager.DraftAsync((await manager.NeedReadyForContractAsync(line.Report.Id)).Id);

        await ExactlyOneWinsAsync(edit => manager.Http.PutAsJsonAsync($"/api/contracts/{draft.Id}", new
        {
            terms = ContractArrange.Terms(outcomes: ["Chair a tenant panel meeting to time"], end: edit == "First edit" ? "2027-03-05" : "2027-03-12"),
            draft.Version,
        }));

        var stored = await (await manager.Http.GetAsync($"/api/contracts/{draft.Id}")).ReadAs<Contract>();
        Assert.Equal(draft.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Fifty_parallel_writers_that_retry_on_409_lose_no_update()
    {
        const int writers = 50;
        var line = await factory.LineAsync();
        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateBusinessNeedAsync(line.Team.Id, "Contended need");
        // One client per writer, so that no two writers share a connection or a cookie jar.
        var clients = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => factory.SignInAsync(line.Manager.Email)));
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var client = clients[writer];
            while (true)
            {
                var current = await (await client.Http.GetAsync($"/api/business-needs/{need.Id}")).ReadAs<BusinessNeed>();
                var response = await client.Http.PutAsJsonAsync($"/api/business-needs/{need.Id}", new
                {
                    current.Title,
                    businessObjective = $"{current.BusinessObjective} [w{writer:00}]",
                    current.MeasureName, current.MeasureUnit, current.BaselineValue, current.TargetValue, current.Priority,
                    current.PeriodStart, current.PeriodEnd, current.Status, current.Version,
                });
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                await response.ShouldBeProblemOfType(HttpStatusCode.Conflict, StaleVersion);
                Interlocked.Increment(ref conflicts);
            }
        })));

        var final = await (await clients[0].Http.GetAsync($"/api/business-needs/{need.Id}")).ReadAs<BusinessNeed>();
        Assert.Equal(need.Version + writers, final.Version);
        Assert.All(Enumerable.Range(0, writers), writer => Assert.Contains($"[w{writer:00}]", final.BusinessObjective));
        var updates = (await factory.EntriesOfRecordAsync(need.Id)).Count(entry => entry.Action == "UpdateBusinessNeed");
        Assert.Equal(writers, updates);
        // Without contention the test would prove nothing about lost updates.
        Assert.True(conflicts > 0, "No writer ever met a 409; the writes did not overlap.");
    }
}
