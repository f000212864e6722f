using WbL.Modules.Organisation;
using WbL.Modules.Organisation.Contracts;

// A pretend module "IsolationFixture" that reaches into the Organisation module.
namespace WbL.Modules.IsolationFixture.Features.Reach
{
    internal sealed class ReachesIntoOrganisation
    {
        public static string Prefix => new OrganisationModule().TablePrefix;
    }

    internal sealed class ReachesIntoOrganisationInternals
    {
        public static int KindCount => OrgUnitKinds.All.Count;
    }

    internal sealed class ReachesIntoNestedOrganisationType
    {
        public static string? NameOf(People.Row row) => row?.DisplayName;
    }

    /// <summary>Allowed: another module's .Contracts is its public face.</summary>
    internal sealed class UsesOrganisationContracts(IAuthSessions sessions)
    {
        public IAuthSessions Sessions => sessions;
    }
}

// A pretend .Contracts assembly that leaks an implementation type.
namespace WbL.Modules.IsolationFixture.Contracts
{
    public sealed class LeakyContract
    {
        public OrganisationModule? Module { get; init; }
    }

    public sealed record CleanContract(Guid PersonId);
}
