using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

/// <summary>The learner's line manager adds an option to appraise for a need, as agreed in the 1:1.</summary>
internal sealed record AddOptionCommand(
    Guid NeedId,
    string SolutionType,
    string Description,
    Guid? OfferingId,
    int? KnowledgeRating,
    string? KnowledgeNote,
    int? SkillRating,
    string? SkillNote,
    int? BehaviourRating,
    string? BehaviourNote,
    int? TransferRating,
    int? SustainabilityRating,
    decimal? Cost,
    decimal? HoursAway,
    Guid? LearningSetId) : ICommand<SolutionOptionResponse>, IOptionFields, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => NeedId;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
