namespace WbL.Modules.NeedsIdentification.Contracts;

/// <summary>
/// Where a person stands in their development, in counts only: safe to show to anyone who may
/// see the person, because private aspirations are counted, never named.
/// </summary>
public sealed record DevelopmentStatus(
    Guid PersonId,
    int OpenNeeds,
    IReadOnlyDictionary<string, int> OpenNeedsByStatus,
    DateOnly? LastDiscussionOn,
    DateOnly? NextDiscussionOn);

public interface IDevelopmentStatusQuery
{
    ValueTask<IReadOnlyDictionary<Guid, DevelopmentStatus>> GetAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);
}
