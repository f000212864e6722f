using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.UploadEvidenceFile;

/// <summary>
/// A file attached to one learning outcome of a review. <see cref="Content"/> is the request body,
/// read once, in order, straight into the database; <see cref="Length"/> and <see cref="ContentType"/>
/// are what the request's headers declared.
/// </summary>
internal sealed record UploadEvidenceFileCommand(Guid ReviewId, int Outcome, string FileName, string? ContentType, long? Length, Stream Content)
    : ICommand<EvidenceFileResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ProgressReview;

    public Guid RecordId => ReviewId;

    // Anyone who may read the review gets past this; the handler lets only the learner and their line manager attach files.
    public PersonAccess RequiredAccess => PersonAccess.Read;
}
