using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearningSets.Seeding;

/// <summary>
/// Two action learning sets facilitated by Sam Whitfield. The front-line leaders' set is running: Sam held a one-to-one with
/// each of its five members, and the set met three weeks ago, where each member presented a problem and committed to an
/// action, so the next meeting's agenda comes from those commitments. The team managers' set met through the spring, closed,
/// and its programme review is answered, so HR's results show real percentages. Runs only while there are no sets.
/// </summary>
internal sealed class DemoLearningSets(IDbSession session, IOrganisationDirectory directory, IConfiguration configuration, TimeProvider clock, ILogger<DemoLearningSets> logger)
{
    private const string AnySetsSql = "SELECT COUNT(1) FROM als_sets";

    private const string InsertSetSql = """
        INSERT INTO als_sets (id, name, purpose, facilitator_id, meeting_cadence, status, created_by, version, created_at, updated_at)
        VALUES (@Id, @Name, @Purpose, @FacilitatorId, @MeetingCadence, @Status, @FacilitatorId, @Version, @CreatedAt, @UpdatedAt)
        """;

    private const string InsertMemberSql = "INSERT INTO als_set_members (set_id, person_id, joined_at) VALUES (@SetId, @PersonId, @At)";

    private const string InsertOneToOneSql = """
        INSERT INTO als_one_to_ones (set_id, member_id, held_on, development_project, reframed_project, notes, recorded_by, version, created_at, updated_at)
        VALUES (@SetId, @MemberId, @HeldOn, @DevelopmentProject, @ReframedProject, @Notes, @RecordedBy, 1, @At, @At)
        """;

    private const string InsertMeetingSql = """
        INSERT INTO als_meetings (id, set_id, held_on, mode, coordinator_id, attendance, air_time, presentations, main_points, agenda,
            created_by, version, created_at, updated_at)
        VALUES (@Id, @SetId, @HeldOn, @Mode, @CoordinatorId, @Attendance, @AirTime, @Presentations, @MainPoints, @Agenda, @CreatedBy, 2, @At, @At)
        """;

    private const string InsertReviewSql = "INSERT INTO als_programme_reviews (id, set_id, opened_by, opened_at) VALUES (@Id, @SetId, @OpenedBy, @At)";

    private const string InsertResponseSql = """
        INSERT INTO als_programme_review_responses (id, review_id, respondent_id, respondent_role, about_member_id, value_rating, strengths, issues,
            issues_note, achieved_goal, started_second_phase, answered_at, version, created_at, updated_at)
        VALUES (@Id, @ReviewId, @RespondentId, @RespondentRole, @AboutMemberId, @ValueRating, @Strengths, @Issues, @IssuesNote, @AchievedGoal,
            @StartedSecondPhase, @AnsweredAt, @Version, @OpenedAt, @UpdatedAt)
        """;

    private sealed record OneToOne(string Email, string DevelopmentProject, string ReframedProject, string Notes);

    private sealed record Presented(string Email, string Problem, string Background, string Approach, string QuestionsAsked, string CommittedAction);

    private sealed record Answer(string RespondentEmail, string Role, string? AboutEmail, string? Rating, string[] Issues, string Strengths = "",
        string IssuesNote = "", bool? AchievedGoal = null, bool? StartedSecondPhase = null);

    private static readonly OneToOne[] FrontLineOneToOnes =
    [
        new("tom.gallagher@brightwater.example", "Get jobs planned right first time",
            "Find where repairs jobs get stuck between planning and the operatives, and fix one hand-off", "Wants to understand the operatives' side first."),
        new("aisha.bello@brightwater.example", "Be taken seriously as a future supervisor",
            "Lead one small change on my patch and show the result to my manager", "Nervous about presenting; agreed to start small."),
        new("daniel.mensah@brightwater.example", "Chair meetings better",
            "Run the tenant panel so that it finishes on time with decisions recorded", "Links to his chairing course."),
        new("sofia.romano@brightwater.example", "Help new tenants settle in",
            "Cut the number of new tenancies that fall into arrears in the first month", "Will need Income's help."),
        new("liam.carter@brightwater.example", "Get better at difficult conversations",
            "Hold earlier, firmer conversations on arrears so fewer cases go to legal", "Prefers to join by phone when on the road."),
    ];

    private static readonly Presented[] FirstMeeting =
    [
        new("tom.gallagher@brightwater.example", "Repairs jobs bounce between planners and operatives",
            "A third of jobs are re-planned at least once", "Chased each job by e-mail", "What does an operative see when a job arrives?",
            "Sit in on two morning briefings with the operatives and map where jobs get stuck"),
        new("aisha.bello@brightwater.example", "Tenants are out when we call to repair",
            "No-access visits cost us two jobs a day", "Rang the morning of the visit", "What would make it easy for a tenant to be in?",
            "Trial text reminders the day before for my patch's appointments"),
        new("daniel.mensah@brightwater.example", "Tenant panel meetings overrun",
            "The last three panels ran 40 minutes over", "Sent the agenda earlier", "Who decides when an item is finished?",
            "Agree timings for each item at the start of the next panel"),
        new("sofia.romano@brightwater.example", "New tenants miss their first rent payment",
            "One new tenancy in five is in arrears by week four", "Explained payments at sign-up", "What do they remember from sign-up day?",
            "Draft a welcome call script with Income for week two of each new tenancy"),
        new("liam.carter@brightwater.example", "Arrears cases go to legal too late",
            "Cases wait an average of eleven weeks", "Sent standard letters", "What stops the first conversation happening sooner?",
            "Pull the cases over eight weeks and review two of them with my manager"),
    ];

    private static readonly string[] ManagersSet =
    [
        "priya.shah@brightwater.example", "grace.lindqvist@brightwater.example", "fiona.walsh@brightwater.example", "ravi.patel@brightwater.example",
    ];

    // Seven of nine answered, six of them good or excellent: "86 % good or excellent".
    private static readonly Answer[] ManagersReview =
    [
        new("priya.shah@brightwater.example", RespondentRoles.Member, "priya.shah@brightwater.example", ValueRatings.Excellent, [ReviewIssues.TimePressure],
            "A safe place to admit what was not working", AchievedGoal: true, StartedSecondPhase: true),
        new("grace.lindqvist@brightwater.example", RespondentRoles.Member, "grace.lindqvist@brightwater.example", ValueRatings.Good,
            [ReviewIssues.TimePressure, ReviewIssues.ManagementSupport], "The questions made me test my own assumptions", AchievedGoal: true, StartedSecondPhase: true),
        new("fiona.walsh@brightwater.example", RespondentRoles.Member, "fiona.walsh@brightwater.example", ValueRatings.Good, [ReviewIssues.SetMakeUp],
            "Learning from managers outside Finance", AchievedGoal: true, StartedSecondPhase: false),
        new("ravi.patel@brightwater.example", RespondentRoles.Member, "ravi.patel@brightwater.example", ValueRatings.Fair,
            [ReviewIssues.TimePressure, ReviewIssues.Other], IssuesNote: "Meetings clashed with the release calendar", AchievedGoal: true, StartedSecondPhase: true),
        new("sam.whitfield@brightwater.example", RespondentRoles.Facilitator, null, ValueRatings.Excellent, [ReviewIssues.ManagementSupport],
            "The set kept its commitments between meetings"),
        new("marcus.reid@brightwater.example", RespondentRoles.SponsoringManager, "priya.shah@brightwater.example", ValueRatings.Good, [],
            "Priya brings problems to me already thought through", AchievedGoal: true, StartedSecondPhase: true),
        new("marcus.reid@brightwater.example", RespondentRoles.SponsoringManager, "grace.lindqvist@brightwater.example", null, []),
        new("robert.kang@brightwater.example", RespondentRoles.SponsoringManager, "fiona.walsh@brightwater.example", ValueRatings.Excellent, [],
            AchievedGoal: true, StartedSecondPhase: false),
        new("helen.okafor@brightwater.example", RespondentRoles.SponsoringManager, "ravi.patel@brightwater.example", null, []),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Wbl:SeedDemoData", false))
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(AnySetsSql, transaction: session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return;
        }
        var emails = FrontLineOneToOnes.Select(entry => entry.Email).Concat(ManagersReview.Select(answer => answer.RespondentEmail)).Append("sam.whitfield@brightwater.example");
        var people = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var email in emails.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await directory.FindPersonByEmailAsync(email, cancellationToken) is not { } person)
            {
                return;
            }
            people[email] = person.Id;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var sam = people["sam.whitfield@brightwater.example"];
        await session.InTransactionAsync(async () =>
        {
            await SeedFrontLineSetAsync(connection, people, sam, now, today, cancellationToken);
            await SeedManagersSetAsync(connection, people, sam, now, today, cancellationToken);
        }, cancellationToken);
        logger.LogInformation("Seeded a running and a reviewed action learning set");
    }

    private async Task SeedFrontLineSetAsync(
        System.Data.Common.DbConnection connection, Dictionary<string, Guid> people, Guid sam, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var setId = Guid.CreateVersion7();
        var formedAt = now.AddDays(-56);
        var members = FrontLineOneToOnes.Select(entry => people[entry.Email]).ToList();
        await InsertSetAsync(connection, setId, "Front-line leaders' set",
            "Officers and operatives who will lead teams, working on a real problem of their own service with the support of peers",
            sam, "every 4 weeks", SetStatuses.Running, members, formedAt, now.AddDays(-21), cancellationToken);
        for (var index = 0; index < FrontLineOneToOnes.Length; index++)
        {
            var entry = FrontLineOneToOnes[index];
            var heldOn = today.AddDays(-42 + index);
            await Execute(connection, InsertOneToOneSql, new
            {
                SetId = setId,
                MemberId = people[entry.Email],
                HeldOn = heldOn,
                entry.DevelopmentProject,
                entry.ReframedProject,
                entry.Notes,
                RecordedBy = sam,
                At = At(heldOn, 16),
            }, cancellationToken);
        }
        var heldOnFirst = today.AddDays(-21);
        var presentations = FirstMeeting.Select(entry => new PresentationEntry(people[entry.Email], entry.Problem, entry.Background, entry.Approach,
            entry.QuestionsAsked, entry.CommittedAction, "")).ToList();
        await InsertMeetingAsync(connection, setId, heldOnFirst, MeetingModes.InPerson, people["sofia.romano@brightwater.example"], members,
            members.Select(member => new AirTimeEntry(member, 20)).ToList(), presentations,
            "Most of our problems sit at a hand-off between two teams. Liam joined by phone.", sam, cancellationToken);
    }

    private async Task SeedManagersSetAsync(
        System.Data.Common.DbConnection connection, Dictionary<string, Guid> people, Guid sam, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var setId = Guid.CreateVersion7();
        var members = ManagersSet.Select(email => people[email]).ToList();
        var closedAt = now.AddDays(-150);
        await InsertSetAsync(connection, setId, "Team managers' set",
            "Team managers developing their leadership on the job, each through a project that matters to their service",
            sam, "monthly, over lunch", SetStatuses.Closed, members, now.AddDays(-300), closedAt, cancellationToken);
        for (var month = 0; month < 4; month++)
        {
            var coordinator = members[(month + 2) % members.Count];
            await InsertMeetingAsync(connection, setId, today.AddDays(-270 + (30 * month)), month == 2 ? MeetingModes.Video : MeetingModes.InPerson, coordinator,
                members, [], [], month == 3 ? "Last meeting: each member reviewed their project and what they will do next." : "Each member reported on their action.",
                sam, cancellationToken);
        }

        var reviewId = Guid.CreateVersion7();
        await Execute(connection, InsertReviewSql, new { Id = reviewId, SetId = setId, OpenedBy = sam, At = closedAt }, cancellationToken);
        for (var index = 0; index < ManagersReview.Length; index++)
        {
            var answer = ManagersReview[index];
            var answeredAt = answer.Rating is null ? (DateTimeOffset?)null : closedAt.AddDays(2 + index);
            await Execute(connection, InsertResponseSql, new
            {
                Id = Guid.CreateVersion7(),
                ReviewId = reviewId,
                RespondentId = people[answer.RespondentEmail],
                RespondentRole = answer.Role,
                AboutMemberId = answer.AboutEmail is null ? (Guid?)null : people[answer.AboutEmail],
                ValueRating = answer.Rating,
                answer.Strengths,
                Issues = JsonSerializer.Serialize(answer.Issues, ProgrammeReviewReads.Json),
                answer.IssuesNote,
                answer.AchievedGoal,
                answer.StartedSecondPhase,
                AnsweredAt = answeredAt,
                Version = answeredAt is null ? 1 : 2,
                OpenedAt = closedAt,
                UpdatedAt = answeredAt ?? closedAt,
            }, cancellationToken);
        }
    }

    private async Task InsertSetAsync(
        System.Data.Common.DbConnection connection, Guid setId, string name, string purpose, Guid facilitatorId, string cadence, string status,
        IReadOnlyList<Guid> members, DateTimeOffset createdAt, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        await Execute(connection, InsertSetSql, new
        {
            Id = setId,
            Name = name,
            Purpose = purpose,
            FacilitatorId = facilitatorId,
            MeetingCadence = cadence,
            Status = status,
            Version = status == SetStatuses.Closed ? 3 : 2,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        }, cancellationToken);
        foreach (var member in members)
        {
            await Execute(connection, InsertMemberSql, new { SetId = setId, PersonId = member, At = createdAt }, cancellationToken);
        }
    }

    private async Task InsertMeetingAsync(
        System.Data.Common.DbConnection connection, Guid setId, DateOnly heldOn, string mode, Guid coordinatorId, IReadOnlyList<Guid> attendance,
        IReadOnlyList<AirTimeEntry> airTime, IReadOnlyList<PresentationEntry> presentations, string mainPoints, Guid createdBy, CancellationToken cancellationToken) =>
        await Execute(connection, InsertMeetingSql, new
        {
            Id = Guid.CreateVersion7(),
            SetId = setId,
            HeldOn = heldOn,
            Mode = mode,
            CoordinatorId = coordinatorId,
            Attendance = JsonSerializer.Serialize(attendance, MeetingReads.Json),
            AirTime = JsonSerializer.Serialize(airTime, MeetingReads.Json),
            Presentations = JsonSerializer.Serialize(presentations, MeetingReads.Json),
            MainPoints = mainPoints,
            Agenda = "[]",
            CreatedBy = createdBy,
            At = At(heldOn, 14),
        }, cancellationToken);

    private Task<int> Execute(System.Data.Common.DbConnection connection, string sql, object values, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, values, session.Transaction, cancellationToken: cancellationToken));

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
