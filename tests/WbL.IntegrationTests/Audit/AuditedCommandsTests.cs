using System.Net;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.LearningSets;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.Audit;

/// <summary>
/// Representative commands of every module, sent through the API under a known trace: each leaves one entry naming who
/// sent it, the record it changed, whom that record is about and the request's trace id. Work handed on after the commit
/// (a contract's events) adds entries without an actor under the same trace id.
/// </summary>
public sealed class AuditedCommandsTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private static async Task<Guid> AdminIdAsync(ApiClient admin) => (await (await admin.Http.GetAsync("/api/auth/me")).ReadAs<Me>()).Id;

    [Fact]
    public async Task Organisation_commands_are_audited_against_the_unit_or_the_person_they_change()
    {
        var admin = await factory.SignInAsAdminAsync();
        var adminId = await AdminIdAsync(admin);
        var (_, department, _) = await admin.OwnTreeAsync();

        var (unit, unitTrace) = await admin.TracedAsync(() => admin.CreateUnitAsync("Lettings", "Team", department.Id));
        var person = await admin.CreatePersonAsync("Audrey Audit", unit.Id);
        var (_, personTrace) = await admin.TracedAsync(async () =>
            await (await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", new
            {
                person.DisplayName, person.Email, jobTitle = "Lettings Officer", person.OrgUnitId, person.ManagerId, person.Roles, person.Active,
                password = "Reset-Password-42", person.Version,
            })).ReadAs<Person>());

        var unitEntry = (await factory.EntriesOfTraceAsync(unitTrace)).ShouldHaveOneEntry(adminId, "CreateOrgUnit", "OrgUnit", unit.Id, null);
        Assert.Contains("\"name\":\"Lettings\"", unitEntry.Changes, StringComparison.Ordinal);
        var personEntry = (await factory.EntriesOfTraceAsync(personTrace)).ShouldHaveOneEntry(adminId, "UpdatePerson", "Person", person.Id, person.Id);
        Assert.Contains("\"jobTitle\":\"Lettings Officer\"", personEntry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"password\":\"[redacted]\"", personEntry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_and_solution_commands_are_audited_against_the_learner_they_are_about()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var hr = await factory.SignInAsync(line.Hr.Email);

        var (need, needTrace) = await manager.TracedAsync(() => manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id)));
        var (option, optionTrace) = await manager.TracedAsync(() => manager.AddOptionAsync(need.Id));
        var (offeringId, offeringTrace) = await hr.TracedAsync(() => hr.OfferingAsync());

        (await factory.EntriesOfTraceAsync(needTrace)).ShouldHaveOneEntry(line.Manager.Id, "CreateDevelopmentNeed", "DevelopmentNeed", need.Id, line.Report.Id);
        (await factory.EntriesOfTraceAsync(optionTrace)).ShouldHaveOneEntry(line.Manager.Id, "AddOption", "SolutionOption", option.Id, line.Report.Id);
        // A provider and its offering: two commands under one trace, neither about a person.
        var catalogue = await factory.EntriesOfTraceAsync(offeringTrace);
        Assert.Equal(["CreateProvider", "CreateOffering"], catalogue.Select(entry => entry.Action));
        Assert.All(catalogue, entry => Assert.Equal((line.Hr.Id, (Guid?)null), (entry.ActorPersonId!.Value, entry.SubjectPersonId)));
        Assert.Equal(offeringId, catalogue[1].RecordId);
    }

    [Fact]
    public async Task Contract_commands_are_audited_and_the_schedule_the_signature_starts_shares_their_trace()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);

        var (draft, draftTrace) = await manager.TracedAsync(() => manager.DraftAsync(need.Id, ReviewArrange.Terms(mentorId: null)));
        var proposed = await manager.ProposeAsync(draft);
        var (signed, learnerTrace) = await report.TracedAsync(async () => await (await report.SignAsync(proposed)).ReadAs<Contract>());
        var (active, managerTrace) = await manager.TracedAsync(async () => await (await manager.SignAsync(signed)).ReadAs<Contract>());

        Assert.Equal("Active", active.Status);
        (await factory.EntriesOfTraceAsync(draftTrace)).ShouldHaveOneEntry(line.Manager.Id, "CreateContract", "Contract", draft.Id, line.Report.Id);
        (await factory.EntriesOfTraceAsync(learnerTrace)).ShouldHaveOneEntry(line.Report.Id, "SignContract", "Contract", draft.Id, line.Report.Id);
        var countersigned = await factory.EntriesOfTraceAsync(managerTrace);
        countersigned.ShouldHaveOneEntry(line.Manager.Id, "SignContract", "Contract", draft.Id, line.Report.Id);
        // The contract started, so its reviews were scheduled straight after the commit: by the system, in the same trace.
        var schedule = await manager.ScheduleAsync(draft.Id);
        var scheduled = countersigned.Where(entry => entry.ActorPersonId is null).ToList();
        Assert.Equal(schedule.Reviews.Select(review => review.Id).Order(), scheduled.Select(entry => entry.RecordId!.Value).Order());
        Assert.All(scheduled, entry => Assert.Equal(("ContractActivated", "ProgressReview", (Guid?)line.Report.Id), (entry.Action, entry.RecordType, entry.SubjectPersonId)));
    }

    [Fact]
    public async Task Review_commands_are_audited_including_those_that_return_nothing()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var reportId = active.Line.Report.Id;

        var (_, writeTrace) = await active.Report.TracedAsync(() => active.Report.PutReviewAsync(review, learner: new { reflection = "Chaired two panels" }).ShouldSucceedAsync());
        var file = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(2_000), "application/pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var (_, deleteTrace) = await active.Report.TracedAsync(async () =>
        {
            await (await active.Report.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldHaveStatus(HttpStatusCode.NoContent);
            return true;
        });

        var written = (await factory.EntriesOfTraceAsync(writeTrace)).ShouldHaveOneEntry(reportId, "UpdateProgressReview", "ProgressReview", review.Id, reportId);
        Assert.Contains("Chaired two panels", written.Changes, StringComparison.Ordinal);
        (await factory.EntriesOfTraceAsync(deleteTrace)).ShouldHaveOneEntry(reportId, "DeleteEvidenceFile", "EvidenceFile", file.Id, reportId);
        var upload = Assert.Single(await factory.EntriesOfRecordAsync(file.Id), entry => entry.Action == "UploadEvidenceFile");
        Assert.Contains("\"content\":\"[redacted]\"", upload.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_a_contract_is_audited_and_so_is_the_impact_review_it_opens()
    {
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        var reportId = active.Line.Report.Id;

        var (_, completeTrace) = await active.Manager.TracedAsync(async () =>
        {
            await active.CompleteAsync("2026-10-30");
            return true;
        });
        var review = await active.Manager.ContractImpactReviewAsync(active.Contract.Id);
        var (_, reactionTrace) = await active.Report.TracedAsync(() => active.Report.PutImpactAsync(review, learner: ImpactArrange.LearnerPart()).ShouldGiveReviewAsync());

        var completed = await factory.EntriesOfTraceAsync(completeTrace);
        completed.ShouldHaveOneEntry(active.Line.Manager.Id, "CompleteContract", "Contract", active.Contract.Id, reportId);
        var opened = Assert.Single(completed, entry => entry.RecordType == "ImpactReview");
        Assert.Equal((null, "ContractCompleted", (Guid?)review.Id, (Guid?)reportId), (opened.ActorPersonId, opened.Action, opened.RecordId, opened.SubjectPersonId));
        (await factory.EntriesOfTraceAsync(reactionTrace)).ShouldHaveOneEntry(reportId, "UpdateImpactReview", "ImpactReview", review.Id, reportId);
    }

    [Fact]
    public async Task Learning_set_commands_are_audited_without_a_subject()
    {
        var line = await factory.LineAsync();
        var facilitator = await (await factory.SignInAsAdminAsync()).CreatePersonAsync("Fay Facilitator", line.Department.Id, roles: ["Facilitator"]);
        var hr = await factory.SignInAsync(line.Hr.Email);
        Guid[] members = [line.Report.Id, line.Colleague.Id, line.Outsider.Id, line.Director.Id];

        var (set, trace) = await hr.TracedAsync(() => hr.CreateSetAsync(LearningSetArrange.SetBody(facilitator.Id, members)));

        var entry = (await factory.EntriesOfTraceAsync(trace)).ShouldHaveOneEntry(line.Hr.Id, "CreateLearningSet", "LearningSet", set.Id, null);
        Assert.Contains(line.Report.Id.ToString(), entry.Changes, StringComparison.Ordinal);
    }
}
