using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetOption;

internal sealed class GetOptionHandler(IDbSession session) : IQueryHandler<GetOptionQuery, SolutionOptionResponse>
{
    public async ValueTask<SolutionOptionResponse> Handle(GetOptionQuery query, CancellationToken cancellationToken) =>
        await Options.FindAsync(session, query.Id, cancellationToken) ?? throw new NotFoundException("Solution option", query.Id);
}
