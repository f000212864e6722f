using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed record SetPerson(Guid Id, string Name, string JobTitle);

public sealed record LearningSet(
    Guid Id, string Name, string Purpose, string MeetingCadence, string Status, SetPerson Facilitator, SetPerson[] Members,
    string[] Warnings, bool CanManage, int Version);

public sealed record LearningSetPage(LearningSet[] Items, string? Next);

/// <summary>People to form sets from: HR, two facilitators, six peers, a plain employee and a stranger.</summary>
public sealed record SetPeople(Person Hr, Person Facilitator, Person OtherFacilitator, Person[] Peers, Person Employee, Person Stranger);

public static class LearningSetArrange
{
    public static async Task<SetPeople> PeopleAsync(this WblFactory factory)
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var hr = await admin.CreatePersonAsync("Hana Hr", department.Id, roles: ["HR"]);
        var facilitator = await admin.CreatePersonAsync("Fay Facilitator", department.Id, roles: ["Facilitator"]);
        var otherFacilitator = await admin.CreatePersonAsync("Fred Facilitator", department.Id, roles: ["Facilitator"]);
        var peers = new List<Person>();
        foreach (var name in new[] { "Pat Peer", "Pia Peer", "Pol Peer", "Pru Peer", "Pim Peer", "Pax Peer" })
        {
            peers.Add(await admin.CreatePersonAsync(name, team.Id));
        }
        var employee = await admin.CreatePersonAsync("Em Ployee", team.Id);
        var stranger = await admin.CreatePersonAsync("Stan Stranger", team.Id);
        return new SetPeople(hr, facilitator, otherFacilitator, [.. peers], employee, stranger);
    }

    public static object SetBody(Guid facilitatorId, IEnumerable<Guid> memberIds, string name = "Tenant services set") => new
    {
        name,
        purpose = "Peers tackling service problems together",
        facilitatorId,
        meetingCadence = "every 4 weeks",
        memberIds = memberIds.ToArray(),
    };

    public static Task<HttpResponseMessage> PostSetAsync(this ApiClient client, object body) => client.Http.PostAsJsonAsync("/api/learning-sets", body);

    public static async Task<LearningSet> CreateSetAsync(this ApiClient client, object body) =>
        await (await client.PostSetAsync(body)).ReadAs<LearningSet>(HttpStatusCode.Created);

    public static object UpdateBody(LearningSet set, string? status = null, int? version = null) => new
    {
        name = set.Name,
        purpose = set.Purpose,
        meetingCadence = set.MeetingCadence,
        status = status ?? set.Status,
        version = version ?? set.Version,
    };
}
