using Mediator;

namespace WbL.Modules.LearnerContracts.Contracts;

/// <summary>
/// Published from the contracts outbox after the change has committed, at least once: handlers
/// read the contract's current state rather than trusting the event's order or count.
/// </summary>
public interface IContractEvent : INotification
{
    Guid ContractId { get; }
}

/// <summary>An agreed contract has started.</summary>
public sealed record ContractActivated(Guid ContractId, Guid LearnerId, int VersionNumber) : IContractEvent;

/// <summary>Both signed new terms for a contract that was already agreed.</summary>
public sealed record ContractAmended(Guid ContractId, Guid LearnerId, int VersionNumber) : IContractEvent;

/// <summary>The learning is finished (fully or partly) on the given date.</summary>
public sealed record ContractCompleted(Guid ContractId, Guid LearnerId, int VersionNumber, DateOnly CompletedOn) : IContractEvent;

/// <summary>The contract was stopped before it finished.</summary>
public sealed record ContractWithdrawn(Guid ContractId, Guid LearnerId, DateOnly WithdrawnOn) : IContractEvent;
