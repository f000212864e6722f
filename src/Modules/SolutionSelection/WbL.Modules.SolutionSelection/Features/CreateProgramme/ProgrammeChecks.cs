using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

internal static class ProgrammeChecks
{
    private const string OfferingExistsSql = "SELECT COUNT(1) FROM ss_offerings WHERE id = @Id";

    public static async Task CheckAsync(IDbSession session, IOrganisationDirectory directory, IProgrammeFields fields, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (fields.OfferingId is { } offering
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(OfferingExistsSql, new { Id = offering }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw Validation.Fail("offeringId", "That offering is not in the provider register.");
        }
        var managers = fields.ManagersConsulted.Distinct().ToList();
        if ((await directory.FindPeopleAsync(managers, cancellationToken)).Count != managers.Count)
        {
            throw Validation.Fail("managersConsulted", "Name people from the organisation.");
        }
    }
}
