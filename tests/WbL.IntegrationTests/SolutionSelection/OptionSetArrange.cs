using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearningSets;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed record LinkedSet(Guid Id, string Name, string Status);

/// <summary>An option as the tests of its learning set link read it.</summary>
public sealed record OptionWithSet(Guid Id, Guid NeedId, string SolutionType, string Description, string Status, LinkedSet? LearningSet, int Version);

/// <summary>A reporting line, a facilitator and a set HR formed with the report's colleague and the outsider in it.</summary>
public sealed record SetOptionWorld(NeedsLine Line, ApiClient Manager, ApiClient Hr, Person Facilitator, LearningSet Set);

public static class OptionSetArrange
{
    public static async Task<SetOptionWorld> SetOptionWorldAsync(this WblFactory factory)
    {
        var line = await factory.LineAsync();
        var admin = await factory.SignInAsAdminAsync();
        var facilitator = await admin.CreatePersonAsync("Fay Facilitator", line.Department.Id, roles: ["Facilitator"]);
        var hr = await factory.SignInAsync(line.Hr.Email);
        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(facilitator.Id, [line.Colleague.Id, line.Outsider.Id], "Repairs improvement set"));
        var manager = await factory.SignInAsync(line.Manager.Email);
        return new SetOptionWorld(line, manager, hr, facilitator, set);
    }

    public static async Task<LearningSet> AnotherSetAsync(this SetOptionWorld world, string name, string status = "Forming")
    {
        var set = await world.Hr.CreateSetAsync(LearningSetArrange.SetBody(world.Facilitator.Id, [world.Line.Colleague.Id], name));
        return status == set.Status ? set : await world.MoveSetAsync(set, status);
    }

    public static async Task<LearningSet> MoveSetAsync(this SetOptionWorld world, LearningSet set, string status) =>
        await (await world.Hr.Http.PutAsJsonAsync($"/api/learning-sets/{set.Id}", LearningSetArrange.UpdateBody(set, status))).ReadAs<LearningSet>();

    /// <summary>The body of a new option, or of an update when a version is given: a create has no version member.</summary>
    public static object SetOptionBody(Guid? learningSetId, string solutionType = "ActionLearningSet", string description = "Join the repairs improvement set", int? version = null) =>
        version is null
            ? new { solutionType, description, learningSetId, transferRating = 5, cost = 0m }
            : new { solutionType, description, learningSetId, transferRating = 5, cost = 0m, version };

    public static Task<HttpResponseMessage> PostOptionAsync(this ApiClient client, Guid needId, object body) =>
        client.Http.PostAsJsonAsync($"/api/development-needs/{needId}/options", body);

    public static Task<HttpResponseMessage> PutOptionAsync(this ApiClient client, Guid optionId, object body) =>
        client.Http.PutAsJsonAsync($"/api/solution-options/{optionId}", body);

    public static async Task<OptionWithSet> AddSetOptionAsync(this ApiClient manager, Guid needId, Guid? learningSetId) =>
        await (await manager.PostOptionAsync(needId, SetOptionBody(learningSetId))).ReadAs<OptionWithSet>(HttpStatusCode.Created);

    public static async Task<OptionWithSet> OptionAsync(this ApiClient client, Guid optionId) =>
        await (await client.Http.GetAsync($"/api/solution-options/{optionId}")).ReadAs<OptionWithSet>();
}
