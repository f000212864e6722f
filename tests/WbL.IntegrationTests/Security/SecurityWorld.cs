using System.Data.Common;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.Insights;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.LearningSets;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.Security;

/// <summary>The people whose access the matrix checks, as seen from one learner's records.</summary>
public enum Actor
{
    Learner,
    Manager,
    ManagerAbove,
    OtherTeamManager,
    OtherTeamLearner,
    Hr,
    Admin,
    Mentor,
}

/// <summary>
/// The app without its own reminder rounds, so that nothing but the requests under test writes to the database
/// while a refused request is checked for having changed nothing.
/// </summary>
public sealed class SecurityFactory : WblFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:Reminders:Enabled", "false");
    }
}

/// <summary>
/// One learner's world with a record of every kind an API route names by id: needs, a 1:1, options, an advice request,
/// an active contract with a mentor (progress review, idea, evidence, mentoring note), a completed contract with its
/// impact review, a learning set with a meeting and a programme review, a notification, and HR's catalogue.
/// </summary>
public sealed class SecurityWorld
{
    public required NeedsLine Line { get; init; }

    public required Person MentorPerson { get; init; }

    public required IReadOnlyDictionary<Actor, ApiClient> Clients { get; init; }

    /// <summary>Route template → the same route with real record ids.</summary>
    public required IReadOnlyDictionary<string, string> Ids { get; init; }

    public ApiClient this[Actor actor] => Clients[actor];

    public static async Task<SecurityWorld> ArrangeAsync(WblFactory factory)
    {
        var line = await factory.LineAsync();
        var admin = await factory.SignInAsAdminAsync();
        var mentorPerson = await admin.CreatePersonAsync("Mo Mentor", line.OtherTeam.Id, managerId: line.Director.Id);
        var facilitatorPerson = await admin.CreatePersonAsync("Fay Facilitator", line.Department.Id, roles: ["Facilitator"]);
        var clients = new Dictionary<Actor, ApiClient>
        {
            [Actor.Learner] = await factory.SignInAsync(line.Report.Email),
            [Actor.Manager] = await factory.SignInAsync(line.Manager.Email),
            [Actor.ManagerAbove] = await factory.SignInAsync(line.Director.Email),
            [Actor.OtherTeamManager] = await factory.SignInAsync(line.OtherManager.Email),
            [Actor.OtherTeamLearner] = await factory.SignInAsync(line.Outsider.Email),
            [Actor.Hr] = await factory.SignInAsync(line.Hr.Email),
            [Actor.Admin] = admin,
            [Actor.Mentor] = await factory.SignInAsync(mentorPerson.Email),
        };
        var manager = clients[Actor.Manager];
        var learner = clients[Actor.Learner];
        var hr = clients[Actor.Hr];
        var facilitator = await factory.SignInAsync(facilitatorPerson.Email);

        var businessNeed = await manager.CreateBusinessNeedAsync(line.Team.Id);
        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(line.Report.Id)))
            .ReadAs<Discussion>(HttpStatusCode.Created);

        // HR's catalogue, and an advice request on an open need that HR answered with one of its offerings.
        var offeringId = await hr.OfferingAsync(CatalogueArrange.Unique("Chairing meetings"));
        var offering = await (await hr.Http.GetAsync($"/api/offerings/{offeringId}")).ReadAs<Offering>();
        var solutionType = await hr.CreateSolutionTypeAsync(CatalogueArrange.Unique("Peer"), "Peer coaching");
        var openNeed = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, title: "Negotiate with contractors"));
        var option = await manager.AddOptionAsync(openNeed.Id);
        var advice = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", new { needId = openNeed.Id, topics = new[] { "PreferredSuppliers" }, question = "Who runs chairing courses?" }))
            .ReadAs<AdviceRequest>(HttpStatusCode.Created);
        await (await hr.Http.PostAsJsonAsync($"/api/advice-requests/{advice.Id}/response", new { answer = "Northern College.", recommendedOfferingIds = new[] { offeringId }, advice.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var programme = await (await hr.Http.PostAsJsonAsync("/api/corporate-programmes", new { title = "Negotiating contracts", competencyTag = "negotiation", costPerHead = 120m }))
            .ReadAs<Programme>(HttpStatusCode.Created);

        // An active contract with the mentor named on it, and a progress review with an idea, evidence and a mentoring note.
        var activeNeed = await manager.NeedReadyForContractAsync(line.Report.Id);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync(activeNeed.Id, ReviewArrange.Terms(mentorPerson.Id)));
        var active = await (await manager.SignAsync(await (await learner.SignAsync(proposed)).ReadAs<Contract>())).ReadAs<Contract>();
        var schedule = await manager.ScheduleAsync(active.Id);
        var review = await manager.ReviewAsync(schedule.Reviews[0].Id);
        var idea = await (await learner.Http.PostAsJsonAsync($"/api/contracts/{active.Id}/ideas", new { title = "Text tenants first", description = "Fewer wasted visits" }))
            .ReadAs<IdOnly>(HttpStatusCode.Created);
        var evidenceBody = new ByteArrayContent([.. "%PDF-1.4\n"u8, .. new byte[64]]);
        evidenceBody.Headers.ContentType = new("application/pdf");
        var evidence = await (await learner.Http.PostAsync($"/api/progress-reviews/{review.Id}/evidence?outcome=0&fileName=minutes.pdf", evidenceBody))
            .ReadAs<IdOnly>(HttpStatusCode.Created);
        await (await clients[Actor.Mentor].Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = "Try a timed agenda." }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        // A contract that ran in the past and completed, so that its impact review is open.
        var pastNeed = await manager.NeedReadyForContractAsync(line.Report.Id);
        var pastProposed = await manager.ProposeAsync(await manager.DraftAsync(pastNeed.Id, ImpactArrange.PastTerms(mentorPerson.Id)));
        var past = await (await manager.SignAsync(await (await learner.SignAsync(pastProposed)).ReadAs<Contract>())).ReadAs<Contract>();
        past = await (await manager.Http.GetAsync($"/api/contracts/{past.Id}")).ReadAs<Contract>();
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{past.Id}/complete", new { completedOn = "2026-09-30", outcome = "Completed", past.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var impact = await manager.ContractImpactReviewAsync(past.Id);

        // A running learning set the learner belongs to, with a meeting and an open programme review.
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(facilitatorPerson.Id, [line.Report.Id, line.Colleague.Id]));
        set = await (await facilitator.Http.PutAsJsonAsync($"/api/learning-sets/{set.Id}", LearningSetArrange.UpdateBody(set, "Running"))).ReadAs<LearningSet>();
        var meeting = await (await facilitator.Http.PostAsJsonAsync($"/api/learning-sets/{set.Id}/meetings", new { heldOn = "2026-11-02", mode = "InPerson", coordinatorId = line.Report.Id }))
            .ReadAs<IdOnly>(HttpStatusCode.Created);
        await facilitator.OpenReviewAsync(set.Id);
        var invitation = await learner.InvitationAsync(set.Id);

        await factory.RoundAsync();
        var notification = (await learner.NotificationsAsync("?limit=50")).Items.FirstOrDefault()
            ?? throw new InvalidOperationException("The reminder round gave the learner no notification to read.");
        var feed = await (await learner.Http.PostAsync("/api/me/calendar-feed", null)).ReadAs<CalendarFeedLink>();
        var token = feed.Url.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);

        var ids = new Dictionary<string, string>
        {
            ["id:business-needs"] = businessNeed.Id.ToString(),
            ["id:discussions"] = discussion.Id.ToString(),
            ["id:development-needs"] = openNeed.Id.ToString(),
            ["id:solution-options"] = option.Id.ToString(),
            ["id:advice-requests"] = advice.Id.ToString(),
            ["offeringId"] = offeringId.ToString(),
            ["id:providers"] = offering.ProviderId.ToString(),
            ["id:offerings"] = offeringId.ToString(),
            ["code:solution-types"] = solutionType.Code,
            ["id:corporate-programmes"] = programme.Id.ToString(),
            ["id:contracts"] = active.Id.ToString(),
            ["id:progress-reviews"] = review.Id.ToString(),
            ["id:ideas"] = idea.Id.ToString(),
            ["id:evidence-files"] = evidence.Id.ToString(),
            ["id:impact-reviews"] = impact.Id.ToString(),
            ["completed-contract"] = past.Id.ToString(),
            ["id:learning-sets"] = set.Id.ToString(),
            ["personId"] = line.Report.Id.ToString(),
            ["id:meetings"] = meeting.Id.ToString(),
            ["id:programme-review-responses"] = invitation.Id.ToString(),
            ["id:notifications"] = notification.Id.ToString(),
            ["id:people"] = line.Report.Id.ToString(),
            ["id:org-units"] = line.Team.Id.ToString(),
            ["name:reports"] = "needs-by-origin-and-department",
            ["token:calendar"] = token,
        };
        return new SecurityWorld { Line = line, MentorPerson = mentorPerson, Clients = clients, Ids = ids };
    }

    /// <summary>The template with each parameter replaced by the world's record of the kind the segment before it names.</summary>
    public string Concrete(string template)
    {
        if (template == "/api/contracts/{id}/impact-review")
        {
            return template.Replace("{id}", Ids["completed-contract"], StringComparison.Ordinal);
        }
        var segments = template.Split('/');
        for (var index = 0; index < segments.Length; index++)
        {
            var segment = segments[index];
            if (!segment.StartsWith('{'))
            {
                continue;
            }
            var name = segment[1..segment.IndexOf('}', StringComparison.Ordinal)];
            var kind = segments[index - 1];
            var key = Ids.ContainsKey(name) ? name : $"{name}:{kind}";
            segments[index] = segment.Replace($"{{{name}}}", Ids.TryGetValue(key, out var value) ? value
                : throw new InvalidOperationException($"The world has no record for {{{name}}} after '{kind}' in {template}."), StringComparison.Ordinal);
        }
        return string.Join('/', segments);
    }

    /// <summary>
    /// A digest of every table a request writes, so that a refused request can be shown to have changed nothing.
    /// Sessions are left out: signing in and touching a session is not a change to a record.
    /// </summary>
    public static async Task<Dictionary<string, string>> DigestAsync(WblFactory factory)
    {
        await using var connection = Open(factory);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = factory.SqlServerConnectionString is null
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var digest = new Dictionary<string, string>();
        foreach (var table in tables.Where(name => name is not "org_sessions" and not "schemaversions" and not "SchemaVersions"))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table}";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(value => value is byte[] bytes ? Convert.ToHexString(SHA256.HashData(bytes)) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))));
            }
            rows.Sort(StringComparer.Ordinal);
            digest[table] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))));
        }
        return digest;
    }

    private static DbConnection Open(WblFactory factory) => factory.SqlServerConnectionString is { } sqlServer
        ? new Microsoft.Data.SqlClient.SqlConnection(sqlServer)
        : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");

    public static async Task<List<(string Method, string Path, bool HasBody)>> OperationsAsync(WblFactory factory)
    {
        var document = await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var operations = new List<(string, string, bool)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name, operation.Value.TryGetProperty("requestBody", out _)));
            }
        }
        return operations;
    }
}
