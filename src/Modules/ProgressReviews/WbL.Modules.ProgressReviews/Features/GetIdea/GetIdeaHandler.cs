using Mediator;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.GetIdea;

internal sealed class GetIdeaHandler(IdeaReads reads) : IQueryHandler<GetIdeaQuery, IdeaResponse>
{
    public async ValueTask<IdeaResponse> Handle(GetIdeaQuery query, CancellationToken cancellationToken) =>
        await reads.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Idea", query.Id);
}
