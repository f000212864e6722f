using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListOptions;

internal sealed class ListOptionsHandler(IDbSession session, ILearningSetCatalogue sets) : IQueryHandler<ListOptionsQuery, Page<SolutionOptionResponse>>
{
    // A need has a handful of options, compared side by side: they are always one page.
    public async ValueTask<Page<SolutionOptionResponse>> Handle(ListOptionsQuery query, CancellationToken cancellationToken) =>
        new(await Options.ForNeedAsync(session, sets, query.NeedId, cancellationToken), null);
}
