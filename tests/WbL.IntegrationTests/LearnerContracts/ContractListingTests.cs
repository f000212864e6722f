using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearnerContracts;

public sealed class ContractListingTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task One_learners_contracts_are_listed_for_their_line_and_HR_and_hidden_from_others()
    {
        var (line, _, _, contract) = await factory.AgreedContractAsync(start: "2026-11-02");

        foreach (var reader in new[] { line.Manager, line.Director, line.Hr, line.Report })
        {
            var client = await factory.SignInAsync(reader.Email);
            var page = await (await client.Http.GetAsync($"/api/contracts?learnerId={line.Report.Id}")).ReadAs<Page<Contract>>();
            Assert.Equal(contract.Id, Assert.Single(page.Items).Id);
        }
        foreach (var stranger in new[] { line.Colleague, line.Outsider })
        {
            var client = await factory.SignInAsync(stranger.Email);
            await (await client.Http.GetAsync($"/api/contracts?learnerId={line.Report.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        // Without a learner the list stays the caller's own circle: HR is party to none of these.
        var hr = await factory.SignInAsync(line.Hr.Email);
        Assert.Empty((await (await hr.Http.GetAsync("/api/contracts")).ReadAs<Page<Contract>>()).Items);
        var director = await factory.SignInAsync(line.Director.Email);
        Assert.Empty((await (await director.Http.GetAsync($"/api/contracts?learnerId={line.Report.Id}&status=Withdrawn")).ReadAs<Page<Contract>>()).Items);
    }
}
