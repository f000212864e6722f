using Dapper;
using Mediator;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewOverview;

internal sealed class GetProgrammeReviewOverviewHandler(IDbSession session, ProgrammeReviewReads reviews)
    : IQueryHandler<GetProgrammeReviewOverviewQuery, ProgrammeReviewOverviewResponse>
{
    private const string ReviewsSql = """
        SELECT v.id, v.set_id, v.opened_at, s.name AS set_name, s.status AS set_status
        FROM als_programme_reviews v JOIN als_sets s ON s.id = v.set_id
        ORDER BY s.name, s.id
        """;

    public async ValueTask<ProgrammeReviewOverviewResponse> Handle(GetProgrammeReviewOverviewQuery query, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ReviewSetRow>(new CommandDefinition(ReviewsSql, transaction: session.Transaction, cancellationToken: cancellationToken))).AsList();
        var answers = (await reviews.ResponsesAsync(rows.Select(row => row.Id).ToList(), cancellationToken))
            .ToLookup(response => response.ReviewId, response => response.ToAnswer());
        var everyAnswer = answers.SelectMany(group => group).ToList();
        return new ProgrammeReviewOverviewResponse(
            SurveyPercentages.Tally(everyAnswer),
            SurveyPercentages.ByRole(everyAnswer),
            rows.Select(row => new ProgrammeReviewSetFiguresResponse(row.SetId, row.SetName, row.SetStatus, row.OpenedAt, SurveyPercentages.Tally(answers[row.Id].ToList()))).ToList());
    }

    private sealed class ReviewSetRow
    {
        public Guid Id { get; init; }
        public Guid SetId { get; init; }
        public DateTimeOffset OpenedAt { get; init; }
        public string SetName { get; init; } = "";
        public string SetStatus { get; init; } = "";
    }
}
