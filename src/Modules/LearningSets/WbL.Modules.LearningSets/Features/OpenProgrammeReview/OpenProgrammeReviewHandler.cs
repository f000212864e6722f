using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.OpenProgrammeReview;

internal sealed class OpenProgrammeReviewHandler(
    IDbSession session, SetReads sets, ProgrammeReviewReads reviews, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<OpenProgrammeReviewCommand, ProgrammeReviewResultsResponse>
{
    private const string InsertReviewSql = "INSERT INTO als_programme_reviews (id, set_id, opened_by, opened_at) VALUES (@Id, @SetId, @OpenedBy, @Now)";

    private const string InsertResponseSql = """
        INSERT INTO als_programme_review_responses (id, review_id, respondent_id, respondent_role, about_member_id, value_rating, strengths, issues,
            issues_note, achieved_goal, started_second_phase, answered_at, version, created_at, updated_at)
        VALUES (@Id, @ReviewId, @RespondentId, @RespondentRole, @AboutMemberId, NULL, '', '[]', '', NULL, NULL, NULL, 1, @Now, @Now)
        """;

    public async ValueTask<ProgrammeReviewResultsResponse> Handle(OpenProgrammeReviewCommand command, CancellationToken cancellationToken)
    {
        var (set, members) = await sets.ManageableAsync(command.SetId, cancellationToken);
        if (set.Status == SetStatuses.Forming)
        {
            throw new StateConflictException("This set is still forming; open its programme review once it has been running.");
        }
        if (await reviews.OfSetAsync(set.Id, cancellationToken) is not null)
        {
            throw new StateConflictException("This set's programme review is already open.");
        }

        var people = await directory.FindPeopleAsync([.. members, set.FacilitatorId], cancellationToken);
        var managers = await directory.FindPeopleAsync(
            members.Select(member => people.GetValueOrDefault(member)?.ManagerId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        bool Active(IReadOnlyDictionary<Guid, PersonSummary> found, Guid? id) => id is { } known && found.TryGetValue(known, out var person) && person.Active;

        var invitations = new List<(Guid Respondent, string Role, Guid? About)>();
        foreach (var member in members.Where(member => Active(people, member)))
        {
            invitations.Add((member, RespondentRoles.Member, member));
            // A sponsoring manager answers about each member they sponsor: whether that member achieved their goal is a question about them.
            if (people[member].ManagerId is { } manager && Active(managers, manager))
            {
                invitations.Add((manager, RespondentRoles.SponsoringManager, member));
            }
        }
        if (Active(people, set.FacilitatorId))
        {
            invitations.Add((set.FacilitatorId, RespondentRoles.Facilitator, null));
        }

        var reviewId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertReviewSql, new { Id = reviewId, SetId = set.Id, OpenedBy = currentUser.PersonId, Now = now },
            session.Transaction, cancellationToken: cancellationToken));
        foreach (var (respondent, role, about) in invitations)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertResponseSql, new
            {
                Id = Guid.CreateVersion7(),
                ReviewId = reviewId,
                RespondentId = respondent,
                RespondentRole = role,
                AboutMemberId = about,
                Now = now,
            }, session.Transaction, cancellationToken: cancellationToken));
        }
        return await reviews.ResultsAsync(set.Id, cancellationToken);
    }
}
