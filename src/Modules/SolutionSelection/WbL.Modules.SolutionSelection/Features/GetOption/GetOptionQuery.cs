using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.GetOption;

internal sealed record GetOptionQuery(Guid Id) : IQuery<SolutionOptionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.SolutionOption;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
