using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.GetPerson;

internal sealed class GetPersonHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<GetPersonQuery, PersonResponse>
{
    public async ValueTask<PersonResponse> Handle(GetPersonQuery query, CancellationToken cancellationToken) =>
        await People.FindAsync(session, dialect, query.Id, cancellationToken) ?? throw new NotFoundException("Person", query.Id);
}
