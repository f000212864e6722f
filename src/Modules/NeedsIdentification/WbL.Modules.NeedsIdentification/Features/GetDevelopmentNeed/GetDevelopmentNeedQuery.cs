using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentNeed;

internal sealed record GetDevelopmentNeedQuery(Guid Id) : IQuery<DevelopmentNeedResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
