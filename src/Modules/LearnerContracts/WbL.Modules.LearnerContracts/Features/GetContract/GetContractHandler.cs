using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.GetContract;

internal sealed class GetContractHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs)
    : IQueryHandler<GetContractQuery, ContractResponse>
{
    public async ValueTask<ContractResponse> Handle(GetContractQuery query, CancellationToken cancellationToken) =>
        await ContractReads.FindAsync(session, dialect, directory, needs, query.Id, cancellationToken) ?? throw new NotFoundException("Contract", query.Id);
}
