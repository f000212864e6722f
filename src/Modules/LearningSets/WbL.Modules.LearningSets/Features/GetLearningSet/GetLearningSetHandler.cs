using Mediator;

namespace WbL.Modules.LearningSets.Features.GetLearningSet;

internal sealed class GetLearningSetHandler(SetReads reads) : IQueryHandler<GetLearningSetQuery, LearningSetResponse>
{
    public async ValueTask<LearningSetResponse> Handle(GetLearningSetQuery query, CancellationToken cancellationToken) =>
        await reads.FindAsync(query.Id, cancellationToken);
}
