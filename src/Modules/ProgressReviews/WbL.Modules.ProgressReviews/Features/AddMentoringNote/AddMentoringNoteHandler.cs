using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.AddMentoringNote;

internal sealed class AddMentoringNoteHandler(
    IDbSession session, ReviewReads reads, ILearnerContracts contracts, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddMentoringNoteCommand, MentoringNoteResponse>
{
    private const string InsertSql = """
        INSERT INTO pr_mentoring_notes (id, review_id, author_id, note, created_at)
        VALUES (@Id, @ReviewId, @AuthorId, @Note, @Now)
        """;

    public async ValueTask<MentoringNoteResponse> Handle(AddMentoringNoteCommand command, CancellationToken cancellationToken)
    {
        var review = await reads.FindRowAsync(command.ReviewId, cancellationToken) ?? throw new NotFoundException("Progress review", command.ReviewId);
        var contract = await contracts.FindAsync(review.ContractId, cancellationToken);
        if (contract?.InForce?.MentorId != currentUser.PersonId)
        {
            throw new ForbiddenException("Only the contract's mentor adds mentoring notes.");
        }
        if (review.Status == ReviewStatuses.Cancelled)
        {
            throw new StateConflictException("This review was cancelled; there is nothing to add notes to.");
        }
        var note = new MentoringNoteResponse(Guid.CreateVersion7(), currentUser.PersonId,
            (await directory.FindPersonAsync(currentUser.PersonId, cancellationToken))?.DisplayName ?? "", command.Note.Trim(), clock.GetUtcNow());
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            note.Id,
            ReviewId = review.Id,
            note.AuthorId,
            note.Note,
            Now = note.CreatedAt,
        }, session.Transaction, cancellationToken: cancellationToken));
        return note;
    }
}
