using System.Security.Cryptography;
using System.Text;
using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.SolutionSelection.Features.ListProgrammeCandidates;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.SolutionSelection.Insights;

/// <summary>
/// Advice and corporate programmes that need someone's action. HR: every open advice request, and each cluster of
/// needs that is a corporate programme candidate. A line manager: HR's answers to their requests about a direct
/// report whose need still has no option selected.
/// </summary>
internal sealed class SolutionActions(IDbSession session, ISqlDialect dialect, IDevelopmentNeeds needs, ProgrammeSettings settings) : IActionItemSource
{
    private const string OpenRequestsSql = """
        SELECT id, learner_id, question, created_at
        FROM ss_advice_requests
        WHERE status = 'Open'
        """;

    private const string AnswersToActOnSql = """
        SELECT a.id, a.learner_id, a.question, a.answered_at
        FROM ss_advice_requests a
        WHERE a.status = 'Answered' AND a.requested_by = @Me AND a.learner_id IN @Learners
          AND NOT EXISTS (SELECT 1 FROM ss_options o WHERE o.need_id = a.need_id AND o.status = 'Selected')
        """;

    private const int QuestionShownChars = 80;

    public async ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var items = new List<ActionItem>();
        if (viewer.IsInRole(Roles.HR))
        {
            var open = await connection.QueryAsync<RequestRow>(new CommandDefinition(OpenRequestsSql, null, session.Transaction, cancellationToken: cancellationToken));
            items.AddRange(open.Select(request => new ActionItem(
                "advice-request-open", $"Answer the advice request “{Shorten(request.Question)}”", RecordTypes.AdviceRequest, request.Id,
                $"/advice-requests/{request.Id}", ActionUrgency.Open, null, request.LearnerId, DateOnly.FromDateTime(request.CreatedAt.UtcDateTime))));

            foreach (var cluster in ListProgrammeCandidatesHandler.Clusters(await needs.AwaitingSolutionAsync(cancellationToken), settings.CandidateThreshold))
            {
                items.Add(new ActionItem(
                    "corporate-programme-candidate", $"{cluster.Count()} people need “{cluster.Key}”: consider a corporate programme",
                    "CompetencyTag", StableId(cluster.Key), "/corporate-programmes", ActionUrgency.Open, null, null));
            }
        }
        if (viewer.IsManager)
        {
            var answered = await connection.QueryAsync<RequestRow>(new CommandDefinition(AnswersToActOnSql,
                new { Me = viewer.PersonId, Learners = dialect.IdList(viewer.DirectReportIds) }, session.Transaction, cancellationToken: cancellationToken));
            items.AddRange(answered.Select(request => new ActionItem(
                "advice-answered", $"HR answered “{Shorten(request.Question)}”: choose a solution", RecordTypes.AdviceRequest, request.Id,
                $"/advice-requests/{request.Id}", ActionUrgency.Open, null, request.LearnerId,
                request.AnsweredAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null)));
        }
        return items;
    }

    private static string Shorten(string text) => text.Length <= QuestionShownChars ? text : text[..(QuestionShownChars - 1)].TrimEnd() + "…";

    /// <summary>A cluster is known by its tag; the same tag gives the same id, so the list's cursor stays stable.</summary>
    private static Guid StableId(string tag) => new(SHA256.HashData(Encoding.UTF8.GetBytes("competency-tag:" + tag)).AsSpan(0, 16));

    private sealed class RequestRow
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string Question { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }
    }
}
