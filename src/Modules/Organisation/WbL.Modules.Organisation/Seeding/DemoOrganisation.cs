using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Seeding;

/// <summary>
/// A believable housing association so that a first run shows real reporting lines: a chief
/// executive, directors, team managers with reports, HR and an administrator.
/// Every demo account shares one password, listed in the README.
/// </summary>
internal static class DemoOrganisation
{
    public const string Password = "Demo-Password-2026";
    public const string AdminEmail = "admin@brightwater.example";

    public static async Task WriteAsync(OrganisationSeeder.Writer write, string passwordHash)
    {
        var org = await write.UnitAsync("Brightwater Housing", OrgUnitKinds.Organisation, null);
        var operations = await write.UnitAsync("Operations", OrgUnitKinds.Department, org);
        var repairs = await write.UnitAsync("Repairs and Maintenance", OrgUnitKinds.Team, operations);
        var tenancy = await write.UnitAsync("Tenancy Services", OrgUnitKinds.Team, operations);
        var finance = await write.UnitAsync("Finance", OrgUnitKinds.Department, org);
        var income = await write.UnitAsync("Income Collection", OrgUnitKinds.Team, finance);
        var people = await write.UnitAsync("People and Culture", OrgUnitKinds.Department, org);
        var learning = await write.UnitAsync("Learning and Development", OrgUnitKinds.Team, people);
        var it = await write.UnitAsync("Digital Services", OrgUnitKinds.Department, org);

        var ceo = await write.PersonAsync("Helen Okafor", "helen.okafor@brightwater.example", "Chief Executive", org, null, passwordHash);
        var opsDirector = await write.PersonAsync("Marcus Reid", "marcus.reid@brightwater.example", "Director of Operations", operations, ceo, passwordHash);
        var repairsManager = await write.PersonAsync("Priya Shah", "priya.shah@brightwater.example", "Repairs Manager", repairs, opsDirector, passwordHash);
        await write.PersonAsync("Tom Gallagher", "tom.gallagher@brightwater.example", "Repairs Planner", repairs, repairsManager, passwordHash);
        await write.PersonAsync("Aisha Bello", "aisha.bello@brightwater.example", "Multi-trade Operative", repairs, repairsManager, passwordHash);
        await write.PersonAsync("Owen Price", "owen.price@brightwater.example", "Surveyor", repairs, repairsManager, passwordHash);
        var tenancyManager = await write.PersonAsync("Grace Lindqvist", "grace.lindqvist@brightwater.example", "Tenancy Services Manager", tenancy, opsDirector, passwordHash);
        await write.PersonAsync("Daniel Mensah", "daniel.mensah@brightwater.example", "Housing Officer", tenancy, tenancyManager, passwordHash);
        await write.PersonAsync("Sofia Romano", "sofia.romano@brightwater.example", "Housing Officer", tenancy, tenancyManager, passwordHash);
        var financeDirector = await write.PersonAsync("Robert Kang", "robert.kang@brightwater.example", "Finance Director", finance, ceo, passwordHash);
        var incomeManager = await write.PersonAsync("Fiona Walsh", "fiona.walsh@brightwater.example", "Income Manager", income, financeDirector, passwordHash);
        await write.PersonAsync("Liam Carter", "liam.carter@brightwater.example", "Income Officer", income, incomeManager, passwordHash);
        await write.PersonAsync("Nadia Hussain", "nadia.hussain@brightwater.example", "Income Officer", income, incomeManager, passwordHash);
        var peopleDirector = await write.PersonAsync("Claire Dubois", "claire.dubois@brightwater.example", "Head of People and Culture", people, ceo, passwordHash, Roles.HR);
        await write.PersonAsync("Sam Whitfield", "sam.whitfield@brightwater.example", "Learning and Development Adviser", learning, peopleDirector, passwordHash, Roles.HR, Roles.Facilitator);
        var itManager = await write.PersonAsync("Ravi Patel", "ravi.patel@brightwater.example", "Head of Digital Services", it, ceo, passwordHash);
        await write.PersonAsync("Wbl Administrator", AdminEmail, "Systems Administrator", it, itManager, passwordHash, Roles.Admin);
    }
}
