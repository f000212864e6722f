using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.AuthorizationFixture.Features.Guarded;

// Declared in one of the accepted ways.
[RequiresRole(Roles.Admin)]
internal sealed record AdminOnlyCommand : ICommand;

[RequiresRole(Roles.HR, Roles.Admin)]
internal sealed record HrOrAdminQuery : IQuery<int>;

[AllowAnySignedInUser]
internal sealed record AnySignedInQuery : IQuery<int>;

[AllowAnonymousRequest]
internal sealed record AnonymousCommand : ICommand;

internal sealed record AboutPersonQuery(Guid SubjectPersonId) : IQuery<int>, IRequestAboutPerson
{
    public PersonAccess RequiredAccess => PersonAccess.Read;
}

/// <summary>A role and the reporting line together: the behavior checks both.</summary>
[RequiresRole(Roles.HR)]
internal sealed record HrAboutPersonQuery(Guid SubjectPersonId) : IQuery<int>, IRequestAboutPerson
{
    public PersonAccess RequiredAccess => PersonAccess.Read;
}

internal sealed record AboutRecordQuery(Guid RecordId) : IQuery<int>, IRequestAboutRecord
{
    public string RecordType => "Fixture";

    public PersonAccess RequiredAccess => PersonAccess.Read;
}

// Broken.
internal sealed record UndeclaredCommand : ICommand;

[AllowAnonymousRequest]
[RequiresRole(Roles.Admin)]
internal sealed record AnonymousButAdminCommand : ICommand;

[RequiresRole]
internal sealed record NobodyMaySendCommand : ICommand;

[RequiresRole("Admn")]
internal sealed record MisspelledRoleCommand : ICommand;

/// <summary>RequiresRole is not inherited, so the behavior never sees it on the derived request.</summary>
[RequiresRole(Roles.Admin)]
internal abstract record AdminOnlyBase;

internal sealed record InheritsRoleCommand : AdminOnlyBase, ICommand;
