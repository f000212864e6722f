using System.Text.Json;
using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ProgressReviews;

/// <summary>One review in a contract's schedule; <c>sequence</c> counts the reviews not cancelled, in date order.</summary>
public sealed record ReviewSummaryResponse(
    Guid Id,
    int? Sequence,
    DateOnly ScheduledOn,
    string Status,
    string State,
    DateOnly? HeldOn,
    string? OverallStatus,
    bool LearnerPartWritten,
    string? CancelledReason,
    int Version);

/// <summary>A contract's review schedule as both sides see it, with what is due next.</summary>
public sealed record ProgressScheduleResponse(
    Guid ContractId,
    string ContractStatus,
    int? ReviewCadenceWeeks,
    decimal? HoursPerWeek,
    DateOnly? NextReviewOn,
    int OpenActions,
    IReadOnlyList<ReviewSummaryResponse> Reviews);

public sealed record EvidenceFileResponse(
    Guid Id,
    Guid ReviewId,
    int OutcomeIndex,
    string FileName,
    string ContentType,
    long SizeBytes,
    Guid UploadedBy,
    string UploadedByName,
    DateTimeOffset UploadedAt);

/// <summary>One learning outcome at a review: the manager's rating and the learner's evidence.</summary>
public sealed record ReviewOutcomeResponse(
    int Index,
    string Outcome,
    string? Rating,
    string? Evidence,
    IReadOnlyList<string> Links,
    IReadOnlyList<EvidenceFileResponse> Files);

public sealed record ReviewActionResponse(
    Guid Id,
    string Description,
    Guid OwnerId,
    string OwnerName,
    DateOnly DueOn,
    string Status,
    Guid RaisedInReviewId,
    Guid? DoneInReviewId);

public sealed record MentoringNoteResponse(Guid Id, Guid AuthorId, string AuthorName, string Note, DateTimeOffset CreatedAt);

/// <summary>What the caller may do with this review now, so that a client never offers what the server would refuse.</summary>
public sealed record ReviewPermissions(bool WriteLearnerPart, bool WriteManagerPart, bool AddMentoringNote, bool UploadEvidence);

/// <summary>
/// A progress review: the learner's part (evidence, reflection, barriers, support needed), the
/// manager's part (ratings, time given, notes, overall status, actions), the actions carried over
/// from earlier reviews, and the mentor's notes.
/// </summary>
public sealed record ProgressReviewResponse(
    Guid Id,
    Guid ContractId,
    string SolutionDescription,
    Guid LearnerId,
    string LearnerName,
    Guid ManagerId,
    string ManagerName,
    Guid? MentorId,
    string? MentorName,
    int? Sequence,
    DateOnly ScheduledOn,
    string Status,
    string State,
    string? CancelledReason,
    DateOnly? HeldOn,
    DateOnly PeriodFrom,
    decimal TimeAllowedHours,
    decimal? TimeGivenHours,
    string? Barriers,
    string? SupportNeeded,
    string? Reflection,
    string? ManagerNotes,
    string? OverallStatus,
    IReadOnlyList<ReviewOutcomeResponse> Outcomes,
    IReadOnlyList<ReviewActionResponse> CarriedOver,
    IReadOnlyList<ReviewActionResponse> Actions,
    IReadOnlyList<MentoringNoteResponse> MentoringNotes,
    ReviewPermissions Can,
    int Version);

/// <summary>Reads reviews and builds what the API answers.</summary>
internal sealed class ReviewReads(IDbSession session, ILearnerContracts contracts, IOrganisationDirectory directory, RequestAccess access, ICurrentUser currentUser, TimeProvider clock)
{
    public const string ReviewColumns = """
        SELECT id, contract_id, learner_id, scheduled_on, status, cancelled_reason, held_on, time_given_hours, barriers, support_needed,
               reflection, manager_notes, overall_status, learner_part_by, version
        FROM pr_reviews
        """;

    private const string ByIdSql = ReviewColumns + " WHERE id = @Id";

    private const string ByContractSql = ReviewColumns + " WHERE contract_id = @ContractId ORDER BY scheduled_on, id";

    private const string OutcomesSql = "SELECT outcome_index, outcome, rating, evidence, links FROM pr_review_outcomes WHERE review_id = @ReviewId ORDER BY outcome_index";

    private const string FilesSql = """
        SELECT id, review_id, outcome_index, file_name, content_type, size_bytes, uploaded_by, uploaded_at
        FROM pr_evidence_files WHERE review_id = @ReviewId ORDER BY uploaded_at, id
        """;

    private const string FileByIdSql = """
        SELECT id, review_id, outcome_index, file_name, content_type, size_bytes, uploaded_by, uploaded_at
        FROM pr_evidence_files WHERE id = @Id
        """;

    private const string ActionsSql = """
        SELECT id, contract_id, raised_in_review_id, description, owner_id, due_on, status, done_in_review_id
        FROM pr_actions WHERE contract_id = @ContractId ORDER BY due_on, created_at, id
        """;

    private const string NotesSql = "SELECT id, author_id, note, created_at FROM pr_mentoring_notes WHERE review_id = @ReviewId ORDER BY created_at, id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ReviewRow?> FindRowAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ReviewRow>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ReviewRow>> ContractRowsAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ReviewRow>(new CommandDefinition(ByContractSql, new { ContractId = contractId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<ActionRow>> ActionsAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ActionRow>(new CommandDefinition(ActionsSql, new { ContractId = contractId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<OutcomeRow>> OutcomesAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<OutcomeRow>(new CommandDefinition(OutcomesSql, new { ReviewId = reviewId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One evidence file's details as a review lists them (its content is streamed separately).</summary>
    public async Task<EvidenceFileResponse?> FindFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var file = await connection.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(FileByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        if (file is null)
        {
            return null;
        }
        var people = await directory.FindPeopleAsync([file.UploadedBy], cancellationToken);
        return FileResponse(file, people.GetValueOrDefault(file.UploadedBy)?.DisplayName ?? "");
    }

    private static EvidenceFileResponse FileResponse(FileRow file, string uploadedByName) =>
        new(file.Id, file.ReviewId, file.OutcomeIndex, file.FileName, file.ContentType, file.SizeBytes, file.UploadedBy, uploadedByName, file.UploadedAt);

    public static Dictionary<Guid, int> Sequences(IEnumerable<ReviewRow> contractReviews) =>
        contractReviews.Where(review => review.Status != ReviewStatuses.Cancelled)
            .OrderBy(review => review.ScheduledOn).ThenBy(review => review.Id)
            .Select((review, index) => (review.Id, Sequence: index + 1))
            .ToDictionary(pair => pair.Id, pair => pair.Sequence);

    /// <summary>
    /// Open actions raised at earlier reviews, and those closed at this one: what the meeting picks up from last time.
    /// </summary>
    public static IEnumerable<ActionRow> CarriedOver(IEnumerable<ActionRow> actions, Guid reviewId, IReadOnlyDictionary<Guid, int> sequences) =>
        actions.Where(action => action.RaisedInReviewId != reviewId
            && sequences.GetValueOrDefault(action.RaisedInReviewId) < sequences.GetValueOrDefault(reviewId)
            && (action.Status == "Open" || action.DoneInReviewId == reviewId));

    public async Task<ProgressScheduleResponse> ScheduleAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(contractId, cancellationToken) ?? throw new SharedKernel.Errors.NotFoundException("Contract", contractId);
        var rows = await ContractRowsAsync(contractId, cancellationToken);
        var sequences = Sequences(rows);
        var today = Today;
        var actions = await ActionsAsync(contractId, cancellationToken);
        return new ProgressScheduleResponse(
            contractId,
            contract.Status,
            contract.InForce?.ReviewCadenceWeeks,
            contract.InForce?.HoursPerWeek,
            rows.Where(row => row.Status == ReviewStatuses.Scheduled).Select(row => (DateOnly?)row.ScheduledOn).FirstOrDefault(),
            actions.Count(action => action.Status == "Open"),
            rows.Select(row => new ReviewSummaryResponse(
                row.Id, sequences.TryGetValue(row.Id, out var sequence) ? sequence : null, row.ScheduledOn, row.Status,
                ReviewStates.Of(row.Status, row.ScheduledOn, today), row.HeldOn, row.OverallStatus, row.LearnerPartBy is not null,
                row.CancelledReason, row.Version)).ToList());
    }

    public async Task<ProgressReviewResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(id, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var contract = await contracts.FindAsync(row.ContractId, cancellationToken) ?? throw new InvalidOperationException($"Review {id} belongs to no contract.");
        var connection = await session.ConnectionAsync(cancellationToken);
        var contractReviews = await ContractRowsAsync(row.ContractId, cancellationToken);
        var sequences = Sequences(contractReviews);
        var outcomes = await OutcomesAsync(id, cancellationToken);
        var files = (await connection.QueryAsync<FileRow>(new CommandDefinition(FilesSql, new { ReviewId = id }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var actions = await ActionsAsync(row.ContractId, cancellationToken);
        var notes = (await connection.QueryAsync<NoteRow>(new CommandDefinition(NotesSql, new { ReviewId = id }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var carried = CarriedOver(actions, id, sequences).ToList();
        var own = actions.Where(action => action.RaisedInReviewId == id).ToList();

        var mentorId = contract.InForce?.MentorId;
        var people = await directory.FindPeopleAsync(
            new[] { contract.LearnerId, contract.ManagerId }
                .Concat(mentorId is { } mentor ? [mentor] : [])
                .Concat(files.Select(file => file.UploadedBy))
                .Concat(carried.Concat(own).Select(action => action.OwnerId))
                .Concat(notes.Select(note => note.AuthorId))
                .Distinct().ToList(),
            cancellationToken);
        string Name(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";

        var previous = contractReviews
            .Where(other => other.Status != ReviewStatuses.Cancelled && sequences.GetValueOrDefault(other.Id) < sequences.GetValueOrDefault(id))
            .Select(other => (DateOnly?)other.ScheduledOn).LastOrDefault();
        var periodFrom = previous ?? contract.InForce?.StartDate ?? row.ScheduledOn;
        var periodTo = row.HeldOn ?? row.ScheduledOn;

        var open = row.Status == ReviewStatuses.Scheduled;
        var isMentor = mentorId == currentUser.PersonId;
        var can = new ReviewPermissions(
            WriteLearnerPart: open && access.IsOwner,
            WriteManagerPart: open && access.IsManager,
            AddMentoringNote: isMentor && row.Status != ReviewStatuses.Cancelled,
            UploadEvidence: open && (access.IsOwner || access.IsManager));

        EvidenceFileResponse File(FileRow file) => FileResponse(file, Name(file.UploadedBy));
        ReviewActionResponse Action(ActionRow action) => new(action.Id, action.Description, action.OwnerId, Name(action.OwnerId), action.DueOn, action.Status, action.RaisedInReviewId, action.DoneInReviewId);

        return new ProgressReviewResponse(
            row.Id, row.ContractId, contract.SolutionDescription, contract.LearnerId, Name(contract.LearnerId), contract.ManagerId, Name(contract.ManagerId),
            mentorId, mentorId is { } named ? Name(named) : null,
            sequences.TryGetValue(row.Id, out var sequence) ? sequence : null, row.ScheduledOn, row.Status, ReviewStates.Of(row.Status, row.ScheduledOn, Today),
            row.CancelledReason, row.HeldOn, periodFrom, ReviewSchedule.AllowedHours(contract.InForce?.HoursPerWeek ?? 0m, periodFrom, periodTo), row.TimeGivenHours,
            row.Barriers, row.SupportNeeded, row.Reflection, row.ManagerNotes, row.OverallStatus,
            outcomes.Select(outcome => new ReviewOutcomeResponse(
                outcome.OutcomeIndex, outcome.Outcome, outcome.Rating, outcome.Evidence, outcome.LinkList(),
                files.Where(file => file.OutcomeIndex == outcome.OutcomeIndex).Select(File).ToList())).ToList(),
            carried.Select(Action).ToList(),
            own.Select(Action).ToList(),
            notes.Select(note => new MentoringNoteResponse(note.Id, note.AuthorId, Name(note.AuthorId), note.Note, note.CreatedAt)).ToList(),
            can,
            row.Version);
    }

    internal sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public string Status { get; init; } = "";
        public string? CancelledReason { get; init; }
        public DateOnly? HeldOn { get; init; }
        public decimal? TimeGivenHours { get; init; }
        public string? Barriers { get; init; }
        public string? SupportNeeded { get; init; }
        public string? Reflection { get; init; }
        public string? ManagerNotes { get; init; }
        public string? OverallStatus { get; init; }
        public Guid? LearnerPartBy { get; init; }
        public int Version { get; init; }
    }

    internal sealed class OutcomeRow
    {
        public int OutcomeIndex { get; init; }
        public string Outcome { get; init; } = "";
        public string? Rating { get; init; }
        public string? Evidence { get; init; }
        public string Links { get; init; } = "[]";

        public IReadOnlyList<string> LinkList() => JsonSerializer.Deserialize<List<string>>(Links, Json) ?? [];
    }

    internal sealed class ActionRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid RaisedInReviewId { get; init; }
        public string Description { get; init; } = "";
        public Guid OwnerId { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public Guid? DoneInReviewId { get; init; }
    }

    private sealed class FileRow
    {
        public Guid Id { get; init; }
        public Guid ReviewId { get; init; }
        public int OutcomeIndex { get; init; }
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public long SizeBytes { get; init; }
        public Guid UploadedBy { get; init; }
        public DateTimeOffset UploadedAt { get; init; }
    }

    private sealed class NoteRow
    {
        public Guid Id { get; init; }
        public Guid AuthorId { get; init; }
        public string Note { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }
}
