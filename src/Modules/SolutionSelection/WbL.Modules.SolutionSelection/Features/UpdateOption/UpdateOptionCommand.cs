using Mediator;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.UpdateOption;

internal sealed record UpdateOptionCommand(
    Guid Id,
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
    Guid? LearningSetId,
    int Version) : ICommand<SolutionOptionResponse>, IOptionFields, IRequestAboutRecord
{
    public string RecordType => RecordTypes.SolutionOption;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
