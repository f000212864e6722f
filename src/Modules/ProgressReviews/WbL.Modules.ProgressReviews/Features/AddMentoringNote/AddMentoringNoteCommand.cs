using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.AddMentoringNote;

internal sealed record AddMentoringNoteCommand(Guid ReviewId, string Note) : ICommand<MentoringNoteResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ProgressReview;

    public Guid RecordId => ReviewId;

    // The mentor reads through the contract; the handler checks the caller is the contract's mentor.
    public PersonAccess RequiredAccess => PersonAccess.Read;
}
