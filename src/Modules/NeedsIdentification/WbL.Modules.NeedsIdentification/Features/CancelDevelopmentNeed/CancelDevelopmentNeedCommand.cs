using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.CancelDevelopmentNeed;

internal sealed record CancelDevelopmentNeedCommand(Guid Id, string Reason, int Version) : ICommand<DevelopmentNeedResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
