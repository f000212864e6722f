using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.GetProgramme;

internal sealed class GetProgrammeHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory) : IQueryHandler<GetProgrammeQuery, ProgrammeResponse>
{
    public async ValueTask<ProgrammeResponse> Handle(GetProgrammeQuery query, CancellationToken cancellationToken) =>
        await Programmes.FindAsync(session, dialect, directory, query.Id, cancellationToken) ?? throw new NotFoundException("Corporate programme", query.Id);
}
