using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListOptions;

internal sealed record ListOptionsQuery(Guid NeedId) : IQuery<Page<SolutionOptionResponse>>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => NeedId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
