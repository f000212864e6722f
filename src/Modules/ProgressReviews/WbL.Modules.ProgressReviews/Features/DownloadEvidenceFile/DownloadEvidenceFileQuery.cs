using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.DownloadEvidenceFile;

/// <summary>An evidence file's content: the learner, their line, HR, Admin and the contract's mentor may read it.</summary>
internal sealed record DownloadEvidenceFileQuery(Guid Id) : IQuery<EvidenceFileContent>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.EvidenceFile;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}

/// <summary>
/// A stored file, its <see cref="Content"/> open on the request's connection. Whoever sends it
/// disposes the stream, which closes the database handle with it.
/// </summary>
internal sealed record EvidenceFileContent(string FileName, string ContentType, long SizeBytes, Stream Content);
