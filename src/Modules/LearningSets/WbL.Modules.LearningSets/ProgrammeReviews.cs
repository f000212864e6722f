using System.Text.Json;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets;

/// <summary>
/// Who answers a programme review: each member about themselves, the facilitator, and each member's line manager as
/// sponsoring manager about that member.
/// </summary>
internal static class RespondentRoles
{
    public const string Member = "Member";
    public const string Facilitator = "Facilitator";
    public const string SponsoringManager = "SponsoringManager";

    public static readonly IReadOnlyList<string> All = [Member, Facilitator, SponsoringManager];

    /// <summary>Whether the member achieved their goal and started a second phase is asked of those who know the member's goal.</summary>
    public static bool AsksAboutGoal(string role) => role != Facilitator;
}

internal static class ValueRatings
{
    public const string Poor = "Poor";
    public const string Fair = "Fair";
    public const string Good = "Good";
    public const string Excellent = "Excellent";

    public static readonly IReadOnlyList<string> All = [Poor, Fair, Good, Excellent];
}

/// <summary>The issues a programme review asks about; Other needs a note saying what it was.</summary>
internal static class ReviewIssues
{
    public const string TimePressure = "TimePressure";
    public const string SetMakeUp = "SetMakeUp";
    public const string ManagementSupport = "ManagementSupport";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [TimePressure, SetMakeUp, ManagementSupport, Other];
}

/// <summary>The share of answered responses giving each rating, whole percent; null while nothing is answered.</summary>
public sealed record RatingPercents(int? Poor, int? Fair, int? Good, int? Excellent);

/// <summary>The share of answered responses naming each issue, whole percent; null while nothing is answered.</summary>
public sealed record IssuePercents(int? TimePressure, int? SetMakeUp, int? ManagementSupport, int? Other);

/// <summary>
/// A programme review's results. Percentages are whole, rounded half away from zero. The response rate is of the invited;
/// ratings, good-or-excellent and issues are of the answered responses; achieved goal and second phase are of the answered
/// responses that were asked it (members and sponsoring managers). Each is null when there is nothing to divide by.
/// </summary>
public sealed record ReviewFigures(
    int Invited,
    int Answered,
    int? ResponseRatePercent,
    RatingPercents ValueRatings,
    int? GoodOrExcellentPercent,
    IssuePercents Issues,
    int? AchievedGoalPercent,
    int? StartedSecondPhasePercent);

/// <summary>The results of one kind of respondent: Member, Facilitator or SponsoringManager.</summary>
public sealed record RoleFigures(string RespondentRole, ReviewFigures Figures);

/// <summary>Who was asked and whether they answered; never what they answered.</summary>
public sealed record ReviewRespondentResponse(SetPersonResponse Person, string RespondentRole, SetPersonResponse? AboutMember, bool Answered);

/// <summary>What one respondent wrote, by their role only.</summary>
public sealed record ReviewCommentResponse(string RespondentRole, string Strengths, string IssuesNote);

public sealed record ProgrammeReviewResultsResponse(
    Guid Id,
    Guid SetId,
    string SetName,
    string SetStatus,
    DateTimeOffset OpenedAt,
    SetPersonResponse OpenedBy,
    ReviewFigures Overall,
    IReadOnlyList<RoleFigures> ByRole,
    IReadOnlyList<ReviewRespondentResponse> Respondents,
    IReadOnlyList<ReviewCommentResponse> Comments);

/// <summary>One set's row in the overall results.</summary>
public sealed record ProgrammeReviewSetFiguresResponse(Guid SetId, string SetName, string SetStatus, DateTimeOffset OpenedAt, ReviewFigures Figures);

/// <summary>Every set's programme review pooled, by respondent role, and a row per set with a review, by set name.</summary>
public sealed record ProgrammeReviewOverviewResponse(ReviewFigures Overall, IReadOnlyList<RoleFigures> ByRole, IReadOnlyList<ProgrammeReviewSetFiguresResponse> Sets);

/// <summary>An invitation to answer a programme review; <c>Id</c> is the response the respondent reads and answers.</summary>
public sealed record ProgrammeReviewInvitationResponse(
    Guid Id, Guid SetId, string SetName, string RespondentRole, SetPersonResponse? AboutMember, bool Answered, DateTimeOffset? AnsweredAt, DateTimeOffset OpenedAt);

/// <summary>
/// One respondent's answer. <c>AsksAboutGoal</c>: achievedGoal and startedSecondPhase are asked (and required) of members and
/// sponsoring managers, about <c>AboutMember</c>; never of the facilitator.
/// </summary>
public sealed record ProgrammeReviewAnswerResponse(
    Guid Id,
    Guid SetId,
    string SetName,
    string RespondentRole,
    SetPersonResponse? AboutMember,
    bool AsksAboutGoal,
    bool Answered,
    DateTimeOffset? AnsweredAt,
    string? ValueRating,
    string Strengths,
    IReadOnlyList<string> Issues,
    string IssuesNote,
    bool? AchievedGoal,
    bool? StartedSecondPhase,
    int Version);

/// <summary>One invitation as the tally counts it.</summary>
internal sealed record SurveyAnswer(string Role, bool Answered, string? ValueRating, IReadOnlyCollection<string> Issues, bool? AchievedGoal, bool? StartedSecondPhase);

/// <summary>
/// The programme review's arithmetic. Every percentage is worked from counts, never from other rounded percentages (so
/// good-or-excellent is (good + excellent) / answered, not the sum of two rounded figures), to a whole percent, halves away
/// from zero; the ratings' percentages may therefore add up to 99 or 101.
/// </summary>
internal static class SurveyPercentages
{
    public static int? Percent(int count, int total) =>
        total == 0 ? null : (int)Math.Round(count * 100m / total, 0, MidpointRounding.AwayFromZero);

    public static ReviewFigures Tally(IReadOnlyCollection<SurveyAnswer> invitations)
    {
        var answered = invitations.Where(answer => answer.Answered).ToList();
        int? OfAnswered(Func<SurveyAnswer, bool> counts) => Percent(answered.Count(counts), answered.Count);
        int? Rated(string rating) => OfAnswered(answer => answer.ValueRating == rating);
        int? Named(string issue) => OfAnswered(answer => answer.Issues.Contains(issue));
        var askedGoal = answered.Where(answer => answer.AchievedGoal is not null).ToList();
        var askedPhase = answered.Where(answer => answer.StartedSecondPhase is not null).ToList();
        return new ReviewFigures(
            invitations.Count,
            answered.Count,
            Percent(answered.Count, invitations.Count),
            new RatingPercents(Rated(ValueRatings.Poor), Rated(ValueRatings.Fair), Rated(ValueRatings.Good), Rated(ValueRatings.Excellent)),
            OfAnswered(answer => answer.ValueRating is ValueRatings.Good or ValueRatings.Excellent),
            new IssuePercents(Named(ReviewIssues.TimePressure), Named(ReviewIssues.SetMakeUp), Named(ReviewIssues.ManagementSupport), Named(ReviewIssues.Other)),
            Percent(askedGoal.Count(answer => answer.AchievedGoal == true), askedGoal.Count),
            Percent(askedPhase.Count(answer => answer.StartedSecondPhase == true), askedPhase.Count));
    }

    /// <summary>The tally of each respondent role, always all three, in the order Member, Facilitator, SponsoringManager.</summary>
    public static IReadOnlyList<RoleFigures> ByRole(IReadOnlyCollection<SurveyAnswer> invitations) =>
        RespondentRoles.All.Select(role => new RoleFigures(role, Tally(invitations.Where(answer => answer.Role == role).ToList()))).ToList();
}

/// <summary>
/// Reads programme reviews. The results of a set's review are for those who run or oversee sets — its facilitator, HR and
/// Admin; a member reads the set but not the results (403). A response belongs to its respondent alone: to anyone else,
/// HR included, it does not exist (404).
/// </summary>
internal sealed class ProgrammeReviewReads(IDbSession session, ISqlDialect dialect, SetReads sets, IOrganisationDirectory directory, ICurrentUser currentUser)
{
    internal const string ResponseColumns = """
        r.id, r.review_id, r.respondent_id, r.respondent_role, r.about_member_id, r.value_rating, r.strengths, r.issues, r.issues_note,
        r.achieved_goal, r.started_second_phase, r.answered_at, r.version
        """;

    private const string ReviewOfSetSql = "SELECT id, set_id, opened_by, opened_at FROM als_programme_reviews WHERE set_id = @SetId";

    private const string ResponsesSql = "SELECT " + ResponseColumns + " FROM als_programme_review_responses r WHERE r.review_id IN @Ids";

    private const string OwnSql = "SELECT " + ResponseColumns + """
        , v.set_id, v.opened_at, s.name AS set_name
        FROM als_programme_review_responses r
        JOIN als_programme_reviews v ON v.id = r.review_id
        JOIN als_sets s ON s.id = v.set_id
        WHERE r.id = @Id AND r.respondent_id = @Me
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ReviewRow?> OfSetAsync(Guid setId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ReviewRow>(new CommandDefinition(ReviewOfSetSql, new { SetId = setId }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ResponseRow>> ResponsesAsync(IReadOnlyCollection<Guid> reviewIds, CancellationToken cancellationToken)
    {
        if (reviewIds.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ResponseRow>(new CommandDefinition(ResponsesSql, new { Ids = dialect.IdList(reviewIds) }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>A set's review results: 404 to outsiders and while no review is open, 403 to members.</summary>
    public async Task<ProgrammeReviewResultsResponse> ResultsAsync(Guid setId, CancellationToken cancellationToken)
    {
        var (set, _) = await sets.ReadableAsync(setId, cancellationToken);
        if (!sets.SeesAll && !sets.CanManage(set))
        {
            throw new ForbiddenException("A set's programme review results are for its facilitator, HR and Admin.");
        }
        var review = await OfSetAsync(set.Id, cancellationToken) ?? throw new NotFoundException("Programme review of learning set", set.Id);
        var responses = await ResponsesAsync([review.Id], cancellationToken);
        var people = await directory.FindPeopleAsync(
            responses.SelectMany(row => row.AboutMemberId is { } about ? new[] { row.RespondentId, about } : [row.RespondentId]).Append(review.OpenedBy).Distinct().ToList(),
            cancellationToken);
        var answers = responses.Select(row => row.ToAnswer()).ToList();
        var respondents = responses
            .Select(row => new ReviewRespondentResponse(
                SetReads.Person(people, row.RespondentId), row.RespondentRole, row.AboutMemberId is { } about ? SetReads.Person(people, about) : null, row.AnsweredAt is not null))
            .OrderBy(respondent => IndexOfRole(respondent.RespondentRole))
            .ThenBy(respondent => respondent.Person.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(respondent => respondent.AboutMember?.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var comments = responses
            .Where(row => row.AnsweredAt is not null && (row.Strengths.Length > 0 || row.IssuesNote.Length > 0))
            .OrderBy(row => row.AnsweredAt)
            .Select(row => new ReviewCommentResponse(row.RespondentRole, row.Strengths, row.IssuesNote))
            .ToList();
        return new ProgrammeReviewResultsResponse(review.Id, set.Id, set.Name, set.Status, review.OpenedAt, SetReads.Person(people, review.OpenedBy),
            SurveyPercentages.Tally(answers), SurveyPercentages.ByRole(answers), respondents, comments);
    }

    /// <summary>The caller's own response; anyone else's does not exist for them (404).</summary>
    public async Task<OwnResponseRow> OwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OwnResponseRow>(new CommandDefinition(OwnSql, new { Id = id, Me = currentUser.PersonId },
                session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Programme review response", id);
    }

    public async Task<ProgrammeReviewAnswerResponse> AnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await OwnAsync(id, cancellationToken);
        SetPersonResponse? about = null;
        if (row.AboutMemberId is { } aboutId)
        {
            about = SetReads.Person(await directory.FindPeopleAsync([aboutId], cancellationToken), aboutId);
        }
        return new ProgrammeReviewAnswerResponse(row.Id, row.SetId, row.SetName, row.RespondentRole, about, RespondentRoles.AsksAboutGoal(row.RespondentRole),
            row.AnsweredAt is not null, row.AnsweredAt, row.ValueRating, row.Strengths, row.IssueList(), row.IssuesNote, row.AchievedGoal, row.StartedSecondPhase,
            row.Version);
    }

    private static int IndexOfRole(string role) => RespondentRoles.All.ToList().IndexOf(role);

    internal sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public Guid SetId { get; init; }
        public Guid OpenedBy { get; init; }
        public DateTimeOffset OpenedAt { get; init; }
    }

    internal class ResponseRow
    {
        public Guid Id { get; init; }
        public Guid ReviewId { get; init; }
        public Guid RespondentId { get; init; }
        public string RespondentRole { get; init; } = "";
        public Guid? AboutMemberId { get; init; }
        public string? ValueRating { get; init; }
        public string Strengths { get; init; } = "";
        public string Issues { get; init; } = "[]";
        public string IssuesNote { get; init; } = "";
        public bool? AchievedGoal { get; init; }
        public bool? StartedSecondPhase { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }
        public int Version { get; init; }

        public IReadOnlyList<string> IssueList() => JsonSerializer.Deserialize<List<string>>(Issues, Json) ?? [];

        public SurveyAnswer ToAnswer() => new(RespondentRole, AnsweredAt is not null, ValueRating, IssueList(), AchievedGoal, StartedSecondPhase);
    }

    internal sealed class OwnResponseRow : ResponseRow
    {
        public Guid SetId { get; init; }
        public string SetName { get; init; } = "";
        public DateTimeOffset OpenedAt { get; init; }
    }
}
