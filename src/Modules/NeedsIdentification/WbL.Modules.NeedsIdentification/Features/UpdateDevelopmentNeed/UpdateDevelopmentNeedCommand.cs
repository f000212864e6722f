using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDevelopmentNeed;

internal sealed record UpdateDevelopmentNeedCommand(
    Guid Id,
    string Title,
    IReadOnlyList<string> LearningOutcomes,
    string PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    string Origin,
    bool IsPrivate,
    string Priority,
    IReadOnlyList<string> CompetencyTags,
    int Version) : ICommand<DevelopmentNeedResponse>, IDevelopmentNeedFields, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
