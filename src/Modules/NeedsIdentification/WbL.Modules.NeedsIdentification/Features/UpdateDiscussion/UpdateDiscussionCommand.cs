using Mediator;
using WbL.Modules.NeedsIdentification.Features.RecordDiscussion;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDiscussion;

/// <summary>The learner's current line manager corrects the record of a 1:1.</summary>
internal sealed record UpdateDiscussionCommand(
    Guid Id,
    string Kind,
    DateOnly? HeldOn,
    string Summary,
    IReadOnlyList<string> AgreedOutcomes,
    DateOnly? NextDiscussionOn,
    int Version) : ICommand<DiscussionResponse>, IDiscussionFields, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Discussion;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
