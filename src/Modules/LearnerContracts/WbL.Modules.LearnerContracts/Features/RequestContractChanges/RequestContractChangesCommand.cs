using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.RequestContractChanges;

/// <summary>The learner sends the proposed terms back to draft with a comment instead of signing.</summary>
internal sealed record RequestContractChangesCommand(Guid Id, string Comment, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Own;
}
