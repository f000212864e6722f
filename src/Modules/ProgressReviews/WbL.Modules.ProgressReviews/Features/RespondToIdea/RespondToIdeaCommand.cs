using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.RespondToIdea;

/// <summary>The learner's line manager champions an idea, reports it implemented, or declines it with a reason.</summary>
internal sealed record RespondToIdeaCommand(Guid Id, string Decision, string? Reason, int Version) : ICommand<IdeaResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Idea;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
