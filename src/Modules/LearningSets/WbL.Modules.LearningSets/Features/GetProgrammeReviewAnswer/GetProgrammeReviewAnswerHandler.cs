using Mediator;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewAnswer;

internal sealed class GetProgrammeReviewAnswerHandler(ProgrammeReviewReads reviews) : IQueryHandler<GetProgrammeReviewAnswerQuery, ProgrammeReviewAnswerResponse>
{
    public async ValueTask<ProgrammeReviewAnswerResponse> Handle(GetProgrammeReviewAnswerQuery query, CancellationToken cancellationToken) =>
        await reviews.AnswerAsync(query.Id, cancellationToken);
}
