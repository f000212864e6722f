using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.ListMyActions;

/// <summary>What needs the caller's action now, across every module, most urgent first. Each source decides for the caller.</summary>
[AllowAnySignedInUser]
internal sealed record ListMyActionsQuery(int? Limit, string? After) : IQuery<MyActionsResponse>;

/// <summary>One thing to act on. <c>urgency</c> is Overdue · Due · Open · Upcoming; <c>link</c> the client path that acts on it.</summary>
public sealed record ActionItemResponse(
    string Kind,
    string Title,
    string RecordType,
    Guid RecordId,
    string Link,
    string Urgency,
    DateOnly? DueOn,
    DateOnly? OpenSince,
    Guid? AboutPersonId,
    string? AboutPersonName);

/// <summary>How many items of each urgency and kind the whole list holds (not just this page), for the navigation badges.</summary>
public sealed record ActionCounts(int Total, IReadOnlyDictionary<string, int> ByUrgency, IReadOnlyDictionary<string, int> ByKind);

public sealed record MyActionsResponse(IReadOnlyList<ActionItemResponse> Items, string? Next, ActionCounts Counts);
