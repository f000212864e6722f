using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContractVersions;

internal sealed class ListContractVersionsHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
    : IQueryHandler<ListContractVersionsQuery, Page<ContractVersionResponse>>
{
    // Every version stays readable; a contract has few, so they come as one page, oldest first.
    public async ValueTask<Page<ContractVersionResponse>> Handle(ListContractVersionsQuery query, CancellationToken cancellationToken)
    {
        var versions = await ContractReads.VersionsAsync(session, dialect, [query.Id], cancellationToken);
        var names = await ContractReads.NamesAsync(directory, versions.SelectMany(version => version.People()), cancellationToken);
        return new Page<ContractVersionResponse>(versions.Select(version => version.ToResponse(names)).ToList(), null);
    }
}
