using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.RejectOption;

internal sealed record RejectOptionCommand(Guid Id, string Reason, int Version) : ICommand<SolutionOptionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.SolutionOption;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
