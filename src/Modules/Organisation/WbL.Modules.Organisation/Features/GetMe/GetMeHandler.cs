using Mediator;
using WbL.Modules.Organisation.Auth;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.GetMe;

internal sealed class GetMeHandler(IDbSession session) : IQueryHandler<GetMeQuery, MeResponse>
{
    public async ValueTask<MeResponse> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var found = await PersonLookup.ByIdAsync(session, query.PersonId, cancellationToken)
            ?? throw new NotFoundException("Person", query.PersonId);
        var person = found.Person;
        return new MeResponse(person.Id, person.Email, person.DisplayName, person.EffectiveRoles, person.IsManager);
    }
}
