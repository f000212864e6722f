using System.Net;

namespace WbL.IntegrationTests.Infrastructure;

/// <summary>Creates organisation records through the public API as an admin would.</summary>
public static class Builders
{
    public static async Task<OrgUnit> CreateUnitAsync(this ApiClient admin, string name, string kind, Guid? parentId)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/org-units", new { name, kind, parentId });
        return await response.ReadAs<OrgUnit>(HttpStatusCode.Created);
    }

    public static async Task<Person> CreatePersonAsync(this ApiClient admin, string name, Guid orgUnitId, Guid? managerId = null, string[]? roles = null, string? email = null)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/people", new
        {
            displayName = name,
            email = email ?? $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@wbl.test",
            jobTitle = "Officer",
            orgUnitId,
            managerId,
            roles = roles ?? [],
            active = true,
            password = WblFactory.DefaultPassword,
        });
        return await response.ReadAs<Person>(HttpStatusCode.Created);
    }

    /// <summary>Organisation › Department › Team, for tests that need somewhere to put people.</summary>
    public static async Task<(OrgUnit Organisation, OrgUnit Department, OrgUnit Team)> CreateTreeAsync(this ApiClient admin)
    {
        var units = await admin.Http.GetFromJsonAsync<Page<OrgUnit>>("/api/org-units?limit=200", HttpAssertions.Json);
        var organisation = units!.Items.Single(unit => unit.Kind == "Organisation");
        var department = await admin.CreateUnitAsync("Operations", "Department", organisation.Id);
        var team = await admin.CreateUnitAsync("Repairs", "Team", department.Id);
        return (organisation, department, team);
    }
}
