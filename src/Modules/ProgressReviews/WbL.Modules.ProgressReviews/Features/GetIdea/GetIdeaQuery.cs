using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.GetIdea;

internal sealed record GetIdeaQuery(Guid Id) : IQuery<IdeaResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Idea;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
