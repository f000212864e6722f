using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ConfirmDevelopmentNeed;

internal sealed record ConfirmDevelopmentNeedCommand(Guid Id, int Version) : ICommand<DevelopmentNeedResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
