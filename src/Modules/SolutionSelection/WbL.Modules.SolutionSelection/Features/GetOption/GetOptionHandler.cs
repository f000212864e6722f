using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetOption;

internal sealed class GetOptionHandler(IDbSession session, ILearningSetCatalogue sets) : IQueryHandler<GetOptionQuery, SolutionOptionResponse>
{
    public async ValueTask<SolutionOptionResponse> Handle(GetOptionQuery query, CancellationToken cancellationToken) =>
        await Options.FindAsync(session, sets, query.Id, cancellationToken) ?? throw new NotFoundException("Solution option", query.Id);
}
