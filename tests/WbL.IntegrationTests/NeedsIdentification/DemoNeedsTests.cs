using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.SolutionSelection;
using WbL.Modules.NeedsIdentification;
using WbL.Modules.SolutionSelection;

namespace WbL.IntegrationTests.NeedsIdentification;

public sealed class DemoFactory : WblFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:SeedDemoData", "true");
    }
}

public sealed class DemoNeedsTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string DemoPassword = "Demo-Password-2026";

    [Fact]
    public async Task A_first_run_shows_a_manager_a_team_with_one_to_ones_and_needs_under_way()
    {
        var manager = await factory.SignInAsync("priya.shah@brightwater.example", DemoPassword);
        var me = await (await manager.Http.GetAsync("/api/auth/me")).ReadAs<Me>();
        var team = await (await manager.Http.GetAsync($"/api/people/{me.Id}/team")).ReadAs<Page<TeamMember>>();

        var tom = team.Items.Single(member => member.DisplayName == "Tom Gallagher");
        Assert.Equal((1, new DateOnly(2026, 10, 26)), (tom.OpenNeeds, tom.LastDiscussionOn!.Value));
        var aisha = team.Items.Single(member => member.DisplayName == "Aisha Bello");
        Assert.Equal(1, aisha.OpenNeedsByStatus["Proposed"]);

        var tomsNeeds = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={tom.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal("Cut the repairs backlog", Assert.Single(tomsNeeds.Items).BusinessNeedTitle);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var hr = await factory.SignInAsync("claire.dubois@brightwater.example", DemoPassword);
        var before = await (await hr.Http.GetAsync("/api/development-needs")).ReadAs<DevelopmentNeedPage>();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await NeedsIdentificationModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            await SolutionSelectionModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var after = await (await hr.Http.GetAsync("/api/development-needs")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(3, before.Total);
        Assert.Equal(before.Total, after.Total);
        var providers = await (await hr.Http.GetAsync("/api/providers")).ReadAs<Page<IdOnly>>();
        Assert.Equal(3, providers.Items.Length);
    }

    [Fact]
    public async Task A_first_run_has_a_provider_register_options_under_appraisal_and_a_question_for_hr()
    {
        var hr = await factory.SignInAsync("claire.dubois@brightwater.example", DemoPassword);
        var queue = await (await hr.Http.GetAsync("/api/advice-requests?status=Open")).ReadAs<Page<AdviceRequest>>();
        var request = Assert.Single(queue.Items);
        Assert.Equal("Plan repairs by priority and risk", request.NeedTitle);

        var manager = await factory.SignInAsync("priya.shah@brightwater.example", DemoPassword);
        var options = await (await manager.Http.GetAsync($"/api/development-needs/{request.NeedId}/options")).ReadAs<Page<SolutionOption>>();
        // Both were added in the same instant, so their order is not part of the demo.
        Assert.Equal(["ExternalTraining", "WorkShadowing"], options.Items.Select(option => option.SolutionType).Order());
        Assert.NotNull(options.Items.Single(option => option.SolutionType == "ExternalTraining").OfferingId);
    }
}
