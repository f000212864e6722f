using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.DeleteEvidenceFile;

internal sealed record DeleteEvidenceFileCommand(Guid Id) : ICommand, IRequestAboutRecord
{
    public string RecordType => RecordTypes.EvidenceFile;

    public Guid RecordId => Id;

    // Anyone who may see the file gets past this; the handler lets only the person who attached it remove it.
    public PersonAccess RequiredAccess => PersonAccess.Read;
}
