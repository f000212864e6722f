using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.SignContract;

/// <summary>
/// The learner signs the proposed terms, then the line manager countersigns. A signature is bound to
/// the version number signed, so terms that changed in the meantime are never signed unseen.
/// </summary>
internal sealed record SignContractCommand(Guid Id, int VersionNumber, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
