using Mediator;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.AuditFixture.Features.Audited;

internal sealed record ThingResponse(Guid Id, string Name);

// Audited, and the entry names the record.
internal sealed record CreateThingCommand(string Name) : ICommand<ThingResponse>;

internal sealed record RemoveThingCommand(Guid Id) : ICommand, IRequestAboutRecord
{
    public string RecordType => "Thing";

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}

[NotAudited("Only touches the session store.")]
internal sealed record TouchSessionCommand : ICommand;

// Broken.
internal sealed record PingCommand : ICommand<int>;

[NotAudited(" ")]
internal sealed record SilentCommand : ICommand;
