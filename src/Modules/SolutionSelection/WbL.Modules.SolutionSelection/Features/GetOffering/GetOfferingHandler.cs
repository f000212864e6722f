using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetOffering;

internal sealed class GetOfferingHandler(IDbSession session) : IQueryHandler<GetOfferingQuery, OfferingResponse>
{
    public async ValueTask<OfferingResponse> Handle(GetOfferingQuery query, CancellationToken cancellationToken)
    {
        var row = await Offerings.FindAsync(session, query.Id, cancellationToken) ?? throw new NotFoundException("Offering", query.Id);
        return row.ToResponse();
    }
}
