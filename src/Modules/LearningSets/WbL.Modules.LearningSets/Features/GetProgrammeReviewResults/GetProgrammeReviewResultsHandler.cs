using Mediator;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewResults;

internal sealed class GetProgrammeReviewResultsHandler(ProgrammeReviewReads reviews) : IQueryHandler<GetProgrammeReviewResultsQuery, ProgrammeReviewResultsResponse>
{
    public async ValueTask<ProgrammeReviewResultsResponse> Handle(GetProgrammeReviewResultsQuery query, CancellationToken cancellationToken) =>
        await reviews.ResultsAsync(query.SetId, cancellationToken);
}
