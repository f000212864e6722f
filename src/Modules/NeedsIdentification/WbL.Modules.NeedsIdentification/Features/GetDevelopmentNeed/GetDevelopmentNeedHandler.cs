using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentNeed;

internal sealed class GetDevelopmentNeedHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
    : IQueryHandler<GetDevelopmentNeedQuery, DevelopmentNeedResponse>
{
    public async ValueTask<DevelopmentNeedResponse> Handle(GetDevelopmentNeedQuery query, CancellationToken cancellationToken) =>
        await DevelopmentNeeds.FindAsync(session, dialect, directory, query.Id, cancellationToken) ?? throw new NotFoundException("Development need", query.Id);
}
