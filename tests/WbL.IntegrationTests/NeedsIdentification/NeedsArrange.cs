using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.NeedsIdentification;

/// <summary>
/// A reporting line to test needs against: a director over a manager with two reports, a
/// manager of another team with their own report, HR, and a second organisation.
/// </summary>
public sealed record NeedsLine(
    OrgUnit Organisation, OrgUnit Department, OrgUnit Team, OrgUnit OtherTeam,
    Person Director, Person Manager, Person Report, Person Colleague, Person OtherManager, Person Outsider, Person Hr,
    OrgUnit OtherOrganisation, Person OtherOrganisationHr);

public static class NeedsArrange
{
    public static readonly DateOnly Today = new(2026, 11, 2);

    public static async Task<NeedsLine> LineAsync(this WblFactory factory)
    {
        var admin = await factory.SignInAsAdminAsync();
        // Each arrangement gets its own organisation so that tests in one class never see each other's records.
        var organisation = await admin.CreateUnitAsync("Housing Association", "Organisation", null);
        var department = await admin.CreateUnitAsync("Operations", "Department", organisation.Id);
        var team = await admin.CreateUnitAsync("Repairs", "Team", department.Id);
        var otherTeam = await admin.CreateUnitAsync("Tenancy", "Team", department.Id);
        var director = await admin.CreatePersonAsync("Dee Director", department.Id);
        var manager = await admin.CreatePersonAsync("Max Manager", team.Id, managerId: director.Id);
        var report = await admin.CreatePersonAsync("Rae Report", team.Id, managerId: manager.Id);
        var colleague = await admin.CreatePersonAsync("Col League", team.Id, managerId: manager.Id);
        var otherManager = await admin.CreatePersonAsync("Otto Manager", otherTeam.Id, managerId: director.Id);
        var outsider = await admin.CreatePersonAsync("Oz Outsider", otherTeam.Id, managerId: otherManager.Id);
        var hr = await admin.CreatePersonAsync("Hana Hr", department.Id, roles: ["HR"]);
        var otherOrganisation = await admin.CreateUnitAsync("Other Housing Group", "Organisation", null);
        var otherOrganisationHr = await admin.CreatePersonAsync("Olga Hr", otherOrganisation.Id, roles: ["HR"]);
        return new NeedsLine(organisation, department, team, otherTeam, director, manager, report, colleague, otherManager, outsider, hr,
            otherOrganisation, otherOrganisationHr);
    }

    public static object NeedBody(Guid learnerId, string title = "Chair tenant panel meetings", string origin = "PerformanceGap",
        bool isPrivate = false, Guid? businessNeedId = null, Guid? discussionId = null, string[]? outcomes = null) => new
    {
        learnerId,
        title,
        learningOutcomes = outcomes ?? ["Chair a tenant panel meeting to time", "Summarise decisions in writing within two days"],
        performanceImprovement = "Panel meetings finish on time with clear actions",
        targetRole = "Senior Housing Officer",
        businessNeedId,
        discussionId,
        origin,
        isPrivate,
        priority = "High",
        competencyTags = new[] { "Facilitation", " facilitation ", "Written communication" },
    };

    public static async Task<DevelopmentNeed> CreateNeedAsync(this ApiClient client, object body) =>
        await (await client.Http.PostAsJsonAsync("/api/development-needs", body)).ReadAs<DevelopmentNeed>(HttpStatusCode.Created);

    public static object BusinessNeedBody(Guid orgUnitId, string title = "Cut repair backlog") => new
    {
        orgUnitId,
        title,
        businessObjective = "Repairs completed within target times",
        measureName = "Repairs completed on time",
        measureUnit = "%",
        baselineValue = 72.5m,
        targetValue = 90m,
        priority = "High",
        periodStart = "2026-04-01",
        periodEnd = "2027-03-31",
    };

    public static async Task<BusinessNeed> CreateBusinessNeedAsync(this ApiClient client, Guid orgUnitId, string title = "Cut repair backlog") =>
        await (await client.Http.PostAsJsonAsync("/api/business-needs", BusinessNeedBody(orgUnitId, title))).ReadAs<BusinessNeed>(HttpStatusCode.Created);

    public static object DiscussionBody(Guid learnerId, params object[] identifiedNeeds) => new
    {
        learnerId,
        kind = "OneToOne",
        heldOn = "2026-11-02",
        summary = "Talked about the tenant panel and what gets in the way.",
        agreedOutcomes = new[] { "Rae observes two panels chaired by Grace", "Agree a chairing plan at the next 1:1" },
        nextDiscussionOn = "2026-12-07",
        // A need identified in the 1:1 is for the discussion's learner and from this discussion: it names neither.
        identifiedNeeds = identifiedNeeds.Select(need =>
        {
            var body = System.Text.Json.JsonSerializer.SerializeToNode(need)!.AsObject();
            body.Remove("learnerId");
            body.Remove("discussionId");
            return body;
        }).ToArray(),
    };
}
