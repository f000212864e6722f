using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.RequestAdvice;

/// <summary>The learner's line manager asks HR about a need: policy, preferred suppliers, or research on possible solutions.</summary>
internal sealed record RequestAdviceCommand(Guid NeedId, IReadOnlyList<string> Topics, string Question) : ICommand<AdviceRequestResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => NeedId;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
