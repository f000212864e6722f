namespace WbL.IntegrationTests.Infrastructure;

// The tests read responses as a client would: through their JSON shape, not the server's types.
public sealed record Me(Guid Id, string Email, string DisplayName, string[] Roles, bool IsManager);

public sealed record OrgUnit(Guid Id, string Name, string Kind, Guid? ParentId, int Version);

public sealed record Person(Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId, Guid? ManagerId, string[] Roles, bool Active, bool IsManager, int Version);

public sealed record TeamMember(
    Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId,
    int OpenNeeds, Dictionary<string, int> OpenNeedsByStatus, DateOnly? LastDiscussionOn, DateOnly? NextDiscussionOn);

public sealed record Page<T>(T[] Items, string? Next);

public sealed record BusinessNeed(
    Guid Id, Guid OrgUnitId, string OrgUnitName, string Title, string BusinessObjective, string MeasureName, string MeasureUnit,
    decimal BaselineValue, decimal TargetValue, string Priority, DateOnly PeriodStart, DateOnly PeriodEnd, string Status,
    int LinkedDevelopmentNeeds, bool CanEdit, int Version);

public sealed record NeedEvent(DateTimeOffset At, Guid ByPersonId, string ByName, string Action, string? FromStatus, string ToStatus, string? Note);

public sealed record DevelopmentNeed(
    Guid Id, Guid LearnerId, string LearnerName, string Title, string[] LearningOutcomes, string PerformanceImprovement, string? TargetRole,
    Guid? BusinessNeedId, string? BusinessNeedTitle, Guid? DiscussionId, string Origin, bool IsPrivate, string Priority, string[] CompetencyTags,
    string Status, string? CancelReason, Guid CreatedBy, NeedEvent[] History, int Version);

public sealed record DevelopmentNeedPage(DevelopmentNeed[] Items, string? Next, int Total, int HiddenPrivate);

public sealed record IdentifiedNeedSummary(Guid Id, string Title, string Status);

public sealed record Discussion(
    Guid Id, Guid LearnerId, string LearnerName, Guid ManagerId, string ManagerName, string Kind, DateOnly HeldOn, string Summary,
    string[] AgreedOutcomes, DateOnly? NextDiscussionOn, string? LearnerComment, IdentifiedNeedSummary[] IdentifiedNeeds, int Version);

public sealed record PlanLearner(Guid Id, string DisplayName, string Email, string JobTitle);

public sealed record DevelopmentPlan(PlanLearner Learner, DevelopmentNeed[] Needs, Dictionary<string, int> NeedsByStatus, int HiddenPrivate);
