using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.LearnerContracts;

public sealed class ContractSigningTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_manager_drafts_and_proposes_the_learner_signs_and_the_manager_countersigns()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);

        var draft = await manager.DraftAsync(need.Id);
        Assert.Equal(("Draft", "WorkShadowing", 1), (draft.Status, draft.SolutionType, draft.Pending!.Number));
        Assert.Equal(need.LearningOutcomes, draft.Pending.Terms.LearningOutcomes);
        var proposed = await manager.ProposeAsync(draft);
        Assert.Equal(("Proposed", "Proposed"), (proposed.Status, proposed.Pending!.Status));

        var report = await factory.SignInAsync(line.Report.Email);
        var learnerSigned = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        Assert.Equal("Rae Report", learnerSigned.Pending!.LearnerSignedByName);
        var agreed = await (await manager.SignAsync(learnerSigned)).ReadAs<Contract>();

        // The clock says 2 November and learning starts on 16 November: agreed, not yet active.
        Assert.Equal("Agreed", agreed.Status);
        Assert.Null(agreed.Pending);
        Assert.Equal(("Agreed", "Max Manager"), (agreed.InForce!.Status, agreed.InForce.ManagerSignedByName));
        var contracted = await (await report.Http.GetAsync($"/api/development-needs/{need.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("Contracted", contracted.Status);
    }

    [Fact]
    public async Task A_contract_whose_start_date_has_passed_is_active_once_both_sign()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync(need.Id, ContractArrange.Terms(start: "2026-11-02")));
        var report = await factory.SignInAsync(line.Report.Email);
        var signed = await (await report.SignAsync(proposed)).ReadAs<Contract>();

        var active = await (await manager.SignAsync(signed)).ReadAs<Contract>();

        Assert.Equal("Active", active.Status);
        var inProgress = await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("InProgress", inProgress.Status);
    }

    [Fact]
    public async Task The_manager_cannot_sign_for_the_learner_nor_a_colleague_sign_someone_elses_contract()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync((await manager.NeedReadyForContractAsync(line.Report.Id)).Id));

        await (await manager.SignAsync(proposed)).ShouldBeProblem(HttpStatusCode.Conflict);
        var colleague = await factory.SignInAsync(line.Colleague.Email);
        await (await colleague.SignAsync(proposed)).ShouldBeProblem(HttpStatusCode.NotFound);
        var director = await factory.SignInAsync(line.Director.Email);
        await (await director.SignAsync(proposed)).ShouldBeProblem(HttpStatusCode.Forbidden);
        var report = await factory.SignInAsync(line.Report.Email);
        await (await report.Http.PostAsJsonAsync($"/api/contracts/{proposed.Id}/propose", new { proposed.Version })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Signing_a_stale_version_is_refused()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync((await manager.NeedReadyForContractAsync(line.Report.Id)).Id));
        var report = await factory.SignInAsync(line.Report.Email);

        await (await report.SignAsync(proposed, versionNumber: 2)).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await report.SignAsync(proposed with { Version = proposed.Version - 1 })).ShouldBeProblem(HttpStatusCode.Conflict);
        var current = await (await report.Http.GetAsync($"/api/contracts/{proposed.Id}")).ReadAs<Contract>();
        Assert.Null(current.Pending!.LearnerSignedByName);
    }

    [Fact]
    public async Task The_learner_asks_for_changes_and_the_terms_go_back_to_the_manager_unsigned()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync((await manager.NeedReadyForContractAsync(line.Report.Id)).Id));
        var report = await factory.SignInAsync(line.Report.Email);

        var errors = await (await report.Http.PostAsJsonAsync($"/api/contracts/{proposed.Id}/request-changes", new { comment = "", proposed.Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("comment", errors.Keys);
        var back = await (await report.Http.PostAsJsonAsync($"/api/contracts/{proposed.Id}/request-changes",
            new { comment = "Two hours a week is not enough", proposed.Version })).ReadAs<Contract>();
        Assert.Equal(("Draft", "Draft", "Two hours a week is not enough"), (back.Status, back.Pending!.Status, back.Pending.ChangeComment));
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{proposed.Id}/request-changes", new { comment = "Me too", back.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        var edited = await (await manager.Http.PutAsJsonAsync($"/api/contracts/{back.Id}", new { terms = ContractArrange.Terms(outcomes: ["Chair a tenant panel meeting to time"]), back.Version }))
            .ReadAs<Contract>();
        Assert.Equal(["Chair a tenant panel meeting to time"], edited.Pending!.Terms.LearningOutcomes);
        var versions = await (await report.Http.GetAsync($"/api/contracts/{back.Id}/versions")).ReadAs<Page<ContractVersion>>();
        Assert.Single(versions.Items);
    }

    [Fact]
    public async Task Terms_are_checked_and_a_contract_needs_a_selected_solution()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var bare = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        await (await manager.Http.PostAsJsonAsync("/api/contracts", new { needId = bare.Id, terms = ContractArrange.Terms() })).ShouldBeProblem(HttpStatusCode.Conflict);

        var need = await manager.NeedReadyForContractAsync(line.Report.Id);
        var errors = await (await manager.Http.PostAsJsonAsync("/api/contracts", new
        {
            needId = need.Id,
            terms = ContractArrange.Terms(start: "2027-03-01", mentorId: line.Report.Id, outcomes: ["Listening"]),
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "terms.endDate", "terms.learningOutcomes[0]", "terms.firstReviewOn" }, errors.Keys.ToHashSet());
        var mentorErrors = await (await manager.Http.PostAsJsonAsync("/api/contracts", new { needId = need.Id, terms = ContractArrange.Terms(mentorId: line.Report.Id) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("terms.mentorId", mentorErrors.Keys);

        await manager.DraftAsync(need.Id);
        await (await manager.Http.PostAsJsonAsync("/api/contracts", new { needId = need.Id, terms = ContractArrange.Terms() })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_mentor_reads_the_contract_but_cannot_sign_it_and_outsiders_get_404()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var draft = await manager.DraftAsync((await manager.NeedReadyForContractAsync(line.Report.Id)).Id, ContractArrange.Terms(mentorId: line.OtherManager.Id));
        Assert.Equal("Otto Manager", draft.Pending!.MentorName);
        var proposed = await manager.ProposeAsync(draft);

        var mentor = await factory.SignInAsync(line.OtherManager.Email);
        await (await mentor.Http.GetAsync($"/api/contracts/{proposed.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await (await mentor.Http.GetAsync("/api/contracts")).ReadAs<Page<Contract>>();
        Assert.Contains(listed.Items, contract => contract.Id == proposed.Id);
        await (await mentor.SignAsync(proposed)).ShouldBeProblem(HttpStatusCode.Forbidden);

        var outsider = await factory.SignInAsync(line.Outsider.Email);
        await (await outsider.Http.GetAsync($"/api/contracts/{proposed.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await outsider.Http.GetAsync($"/api/contracts/{proposed.Id}/versions")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
