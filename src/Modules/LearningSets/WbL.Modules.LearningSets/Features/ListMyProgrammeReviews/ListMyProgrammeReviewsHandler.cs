using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListMyProgrammeReviews;

internal sealed class ListMyProgrammeReviewsHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ICurrentUser currentUser)
    : IQueryHandler<ListMyProgrammeReviewsQuery, Page<ProgrammeReviewInvitationResponse>>
{
    private const string PageSql = """
        SELECT r.id, r.respondent_role, r.about_member_id, r.answered_at, v.set_id, v.opened_at, s.name AS set_name
        FROM als_programme_review_responses r
        JOIN als_programme_reviews v ON v.id = r.review_id
        JOIN als_sets s ON s.id = v.set_id
        WHERE r.respondent_id = @Me
          AND (@AfterName IS NULL OR s.name > @AfterName OR (s.name = @AfterName AND r.id > @AfterId))
        ORDER BY s.name, r.id
        """;

    public async ValueTask<Page<ProgrammeReviewInvitationResponse>> Handle(ListMyProgrammeReviewsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<InvitationRow>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Me = currentUser.PersonId,
            AfterName = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(rows.Select(row => row.AboutMemberId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        var invitations = rows.Select(row => new ProgrammeReviewInvitationResponse(
            row.Id,
            row.SetId,
            row.SetName,
            row.RespondentRole,
            row.AboutMemberId is { } about ? SetReads.Person(people, about) : null,
            row.AnsweredAt is not null,
            row.AnsweredAt,
            row.OpenedAt)).ToList();
        return Paging.ToPage(invitations, limit, invitation => new KeysetCursor(invitation.SetName, invitation.Id));
    }

    private sealed class InvitationRow
    {
        public Guid Id { get; init; }
        public string RespondentRole { get; init; } = "";
        public Guid? AboutMemberId { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }
        public Guid SetId { get; init; }
        public DateTimeOffset OpenedAt { get; init; }
        public string SetName { get; init; } = "";
    }
}
