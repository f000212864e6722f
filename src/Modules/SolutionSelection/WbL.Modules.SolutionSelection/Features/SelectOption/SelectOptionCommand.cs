using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.SelectOption;

/// <summary>The line manager chooses this option for the need, saying why; the need moves to "solution selected".</summary>
internal sealed record SelectOptionCommand(Guid Id, string Rationale, int Version) : ICommand<SolutionOptionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.SolutionOption;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
