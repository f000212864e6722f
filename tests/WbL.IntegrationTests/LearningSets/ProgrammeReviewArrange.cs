using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed record RatingPercents(int? Poor, int? Fair, int? Good, int? Excellent);

public sealed record IssuePercents(int? TimePressure, int? SetMakeUp, int? ManagementSupport, int? Other);

public sealed record ReviewFigures(
    int Invited, int Answered, int? ResponseRatePercent, RatingPercents ValueRatings, int? GoodOrExcellentPercent, IssuePercents Issues,
    int? AchievedGoalPercent, int? StartedSecondPhasePercent);

public sealed record RoleFigures(string RespondentRole, ReviewFigures Figures);

public sealed record ReviewRespondent(SetPerson Person, string RespondentRole, SetPerson? AboutMember, bool Answered);

public sealed record ReviewComment(string RespondentRole, string Strengths, string IssuesNote);

public sealed record ProgrammeReviewResults(
    Guid Id, Guid SetId, string SetName, string SetStatus, DateTimeOffset OpenedAt, SetPerson OpenedBy, ReviewFigures Overall, RoleFigures[] ByRole,
    ReviewRespondent[] Respondents, ReviewComment[] Comments);

public sealed record ProgrammeReviewSetFigures(Guid SetId, string SetName, string SetStatus, DateTimeOffset OpenedAt, ReviewFigures Figures);

public sealed record ProgrammeReviewOverview(ReviewFigures Overall, RoleFigures[] ByRole, ProgrammeReviewSetFigures[] Sets);

public sealed record ProgrammeReviewInvitation(
    Guid Id, Guid SetId, string SetName, string RespondentRole, SetPerson? AboutMember, bool Answered, DateTimeOffset? AnsweredAt, DateTimeOffset OpenedAt);

public sealed record ProgrammeReviewAnswer(
    Guid Id, Guid SetId, string SetName, string RespondentRole, SetPerson? AboutMember, bool AsksAboutGoal, bool Answered, DateTimeOffset? AnsweredAt,
    string? ValueRating, string Strengths, string[] Issues, string IssuesNote, bool? AchievedGoal, bool? StartedSecondPhase, int Version);

/// <summary>
/// A set whose members have line managers: Mia manages Ann and Ben, Max manages Cat, Dan has no manager; plus HR, the
/// facilitator and a stranger.
/// </summary>
public sealed record ReviewPeople(Person Hr, Person Facilitator, Person Mia, Person Max, Person[] Members, Person Stranger);

public static class ProgrammeReviewArrange
{
    public static async Task<ReviewPeople> ReviewPeopleAsync(this WblFactory factory)
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var hr = await admin.CreatePersonAsync("Hana Hr", department.Id, roles: ["HR"]);
        var facilitator = await admin.CreatePersonAsync("Fay Facilitator", department.Id, roles: ["Facilitator"]);
        var mia = await admin.CreatePersonAsync("Mia Manager", department.Id);
        var max = await admin.CreatePersonAsync("Max Manager", department.Id);
        Person[] members =
        [
            await admin.CreatePersonAsync("Ann Able", team.Id, mia.Id),
            await admin.CreatePersonAsync("Ben Best", team.Id, mia.Id),
            await admin.CreatePersonAsync("Cat Cole", team.Id, max.Id),
            await admin.CreatePersonAsync("Dan Dale", team.Id),
        ];
        var stranger = await admin.CreatePersonAsync("Stan Stranger", team.Id);
        return new ReviewPeople(hr, facilitator, mia, max, members, stranger);
    }

    /// <summary>A running set of the four members, facilitated by Fay.</summary>
    public static async Task<LearningSet> RunningSetAsync(this ApiClient facilitator, ReviewPeople people, string name = "Leaders set")
    {
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Members.Select(member => member.Id), name));
        return await (await facilitator.Http.PutAsJsonAsync($"/api/learning-sets/{set.Id}", LearningSetArrange.UpdateBody(set, "Running"))).ReadAs<LearningSet>();
    }

    public static async Task<ProgrammeReviewResults> OpenReviewAsync(this ApiClient client, Guid setId) =>
        await (await client.Http.PostAsync($"/api/learning-sets/{setId}/programme-review", null)).ReadAs<ProgrammeReviewResults>(HttpStatusCode.Created);

    public static async Task<ProgrammeReviewInvitation[]> MineAsync(this ApiClient client) =>
        (await (await client.Http.GetAsync("/api/programme-reviews/mine?limit=200")).ReadAs<Page<ProgrammeReviewInvitation>>()).Items;

    public static async Task<ProgrammeReviewInvitation> InvitationAsync(this ApiClient client, Guid setId, Guid? aboutMemberId = null) =>
        (await client.MineAsync()).Single(invitation => invitation.SetId == setId && (aboutMemberId is null || invitation.AboutMember?.Id == aboutMemberId));

    public static object Answer(int version, string rating, string[]? issues = null, bool? achievedGoal = null, bool? startedSecondPhase = null,
        string strengths = "", string issuesNote = "") =>
        new { version, valueRating = rating, strengths, issues = issues ?? [], issuesNote, achievedGoal, startedSecondPhase };

    public static async Task<ProgrammeReviewAnswer> AnswerAsync(this ApiClient client, Guid setId, object body, Guid? aboutMemberId = null)
    {
        var invitation = await client.InvitationAsync(setId, aboutMemberId);
        return await (await client.Http.PutAsJsonAsync($"/api/programme-review-responses/{invitation.Id}", body)).ReadAs<ProgrammeReviewAnswer>();
    }
}
