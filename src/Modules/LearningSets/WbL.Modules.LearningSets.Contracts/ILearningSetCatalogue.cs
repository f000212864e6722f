namespace WbL.Modules.LearningSets.Contracts;

/// <summary>A set as other modules may name it: no purpose, facilitator or members.</summary>
public sealed record LearningSetSummary(Guid Id, string Name, string Status);

/// <summary>What other modules may read about action learning sets.</summary>
public interface ILearningSetCatalogue
{
    /// <summary>The sets among <paramref name="ids"/> that exist, by id; unknown ids are left out.</summary>
    ValueTask<IReadOnlyDictionary<Guid, LearningSetSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>Set statuses as other modules compare them: a closed set takes no one new.</summary>
public static class LearningSetStatus
{
    public const string Forming = "Forming";
    public const string Running = "Running";
    public const string Closed = "Closed";
}
