using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetProvider;

internal sealed class GetProviderHandler(IDbSession session) : IQueryHandler<GetProviderQuery, ProviderResponse>
{
    public async ValueTask<ProviderResponse> Handle(GetProviderQuery query, CancellationToken cancellationToken)
    {
        var row = await Providers.FindAsync(session, query.Id, cancellationToken) ?? throw new NotFoundException("Provider", query.Id);
        return row.ToResponse();
    }
}
