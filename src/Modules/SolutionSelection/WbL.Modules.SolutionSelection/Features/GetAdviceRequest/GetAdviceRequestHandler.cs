using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetAdviceRequest;

internal sealed class GetAdviceRequestHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs)
    : IQueryHandler<GetAdviceRequestQuery, AdviceRequestResponse>
{
    public async ValueTask<AdviceRequestResponse> Handle(GetAdviceRequestQuery query, CancellationToken cancellationToken)
    {
        var row = await AdviceRequests.FindRowAsync(session, query.Id, cancellationToken) ?? throw new NotFoundException("Advice request", query.Id);
        return (await AdviceRequests.ToResponsesAsync(session, dialect, directory, needs, [row], cancellationToken))[0];
    }
}
