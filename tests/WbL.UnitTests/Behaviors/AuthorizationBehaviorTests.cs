using Mediator;
using WbL.Modules.Organisation;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.Modules.Organisation.Features.GetOrgUnit;
using WbL.Modules.Organisation.Features.GetTeam;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Behaviors;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Paging;

namespace WbL.UnitTests.Behaviors;

public sealed class AuthorizationBehaviorTests
{
    private static readonly Guid Viewer = Guid.NewGuid();
    private static readonly Guid Subject = Guid.NewGuid();

    [RequiresRole(Roles.HR, Roles.Admin)]
    internal sealed record HrOrAdminQuery : IQuery<string>;

    internal sealed record ManageSomeoneCommand(Guid SubjectPersonId) : ICommand<string>, IRequestAboutPerson
    {
        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    [AllowAnonymousRequest]
    internal sealed record AnonymousQuery : IQuery<string>;

    private static readonly Guid PublicRecord = Guid.NewGuid();
    private static readonly Guid ConfidentialRecord = Guid.NewGuid();

    internal sealed record ReadRecordQuery(Guid RecordId) : IQuery<string>, IRequestAboutRecord
    {
        public string RecordType => "Thing";

        public PersonAccess RequiredAccess => PersonAccess.Read;
    }

    /// <summary>Things belong to <see cref="Subject"/>; one of them is confidential.</summary>
    private sealed class ThingSubjects : IRecordSubjects
    {
        public string RecordType => "Thing";

        public ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken) => ValueTask.FromResult(
            recordId == PublicRecord ? new RecordSubject(Subject, Confidential: false)
            : recordId == ConfidentialRecord ? new RecordSubject(Subject, Confidential: true)
            : null);
    }

    private static readonly IRecordSubjects[] Subjects = [new ThingSubjects()];

    private sealed class FakeCurrentUser(bool signedIn, params string[] roles) : ICurrentUser
    {
        public bool IsAuthenticated => signedIn;

        public Guid PersonId => signedIn ? Viewer : throw new InvalidOperationException("Nobody is signed in.");

        public bool IsInRole(string role) => signedIn && roles.Contains(role);
    }

    private sealed class FakeAccessPolicy(PersonAccess access) : IPersonAccessPolicy
    {
        public List<(Guid Viewer, Guid Subject)> Asked { get; } = [];

        public ValueTask<PersonAccess> GetAccessAsync(Guid viewerId, Guid subjectPersonId, CancellationToken cancellationToken)
        {
            Asked.Add((viewerId, subjectPersonId));
            return ValueTask.FromResult(access);
        }
    }

    /// <summary>Runs the behavior in front of a handler that records whether it ran.</summary>
    private static async Task<(TResponse Response, bool HandlerRan)> Send<TMessage, TResponse>(
        TMessage message, TResponse response, ICurrentUser user, IPersonAccessPolicy? policy = null, RequestAccess? access = null)
        where TMessage : IMessage
    {
        var handlerRan = false;
        var behavior = new AuthorizationBehavior<TMessage, TResponse>(user, policy ?? new FakeAccessPolicy(PersonAccess.None), Subjects, access ?? new RequestAccess());
        var result = await behavior.Handle(message, (_, _) =>
        {
            handlerRan = true;
            return ValueTask.FromResult(response);
        }, CancellationToken.None);
        return (result, handlerRan);
    }

    private static async Task<bool> HandlerRunsDespite<TException, TMessage, TResponse>(
        TMessage message, TResponse response, ICurrentUser user, IPersonAccessPolicy? policy = null)
        where TException : Exception
        where TMessage : IMessage
    {
        var handlerRan = false;
        var behavior = new AuthorizationBehavior<TMessage, TResponse>(user, policy ?? new FakeAccessPolicy(PersonAccess.None), Subjects, new RequestAccess());
        await Assert.ThrowsAsync<TException>(async () => await behavior.Handle(message, (_, _) =>
        {
            handlerRan = true;
            return ValueTask.FromResult(response);
        }, CancellationToken.None));
        return handlerRan;
    }

    private static readonly OrgUnitResponse Unit = new(Guid.NewGuid(), "Repairs", "Team", Guid.NewGuid(), 1);

    private static readonly Page<TeamMemberResponse> Team = new([], null);

    [Fact]
    public async Task A_learner_is_forbidden_an_admin_only_command_and_the_handler_never_runs()
    {
        var ran = await HandlerRunsDespite<ForbiddenException, CreateOrgUnitCommand, OrgUnitResponse>(
            new CreateOrgUnitCommand("Shadow IT", "Team", Guid.NewGuid()), Unit, new FakeCurrentUser(signedIn: true, Roles.Learner));

        Assert.False(ran);
    }

    [Fact]
    public async Task An_anonymous_caller_must_sign_in_for_a_role_guarded_command()
    {
        var ran = await HandlerRunsDespite<SignInRequiredException, CreateOrgUnitCommand, OrgUnitResponse>(
            new CreateOrgUnitCommand("Shadow IT", "Team", Guid.NewGuid()), Unit, new FakeCurrentUser(signedIn: false));

        Assert.False(ran);
    }

    [Fact]
    public async Task An_admin_reaches_the_handler_of_an_admin_only_command()
    {
        var (response, ran) = await Send(new CreateOrgUnitCommand("Repairs", "Team", Guid.NewGuid()), Unit, new FakeCurrentUser(signedIn: true, Roles.Learner, Roles.Admin));

        Assert.True(ran);
        Assert.Same(Unit, response);
    }

    [Theory]
    [InlineData(Roles.HR)]
    [InlineData(Roles.Admin)]
    public async Task Any_one_of_the_required_roles_is_enough(string role)
    {
        var (response, ran) = await Send(new HrOrAdminQuery(), "report", new FakeCurrentUser(signedIn: true, role));

        Assert.True(ran);
        Assert.Equal("report", response);
    }

    [Fact]
    public async Task A_manager_without_the_required_roles_is_forbidden()
    {
        Assert.False(await HandlerRunsDespite<ForbiddenException, HrOrAdminQuery, string>(
            new HrOrAdminQuery(), "report", new FakeCurrentUser(signedIn: true, Roles.Learner, Roles.Manager, Roles.Facilitator)));
    }

    [Fact]
    public async Task Someone_outside_the_reporting_line_gets_not_found_for_a_persons_team()
    {
        var policy = new FakeAccessPolicy(PersonAccess.None);

        var ran = await HandlerRunsDespite<NotFoundException, GetTeamQuery, Page<TeamMemberResponse>>(
            new GetTeamQuery(Subject), Team, new FakeCurrentUser(signedIn: true, Roles.Learner), policy);

        Assert.False(ran);
        Assert.Equal([(Viewer, Subject)], policy.Asked);
    }

    [Fact]
    public async Task An_anonymous_caller_must_sign_in_without_the_reporting_line_being_asked()
    {
        var policy = new FakeAccessPolicy(PersonAccess.Manage);

        Assert.False(await HandlerRunsDespite<SignInRequiredException, GetTeamQuery, Page<TeamMemberResponse>>(
            new GetTeamQuery(Subject), Team, new FakeCurrentUser(signedIn: false), policy));
        Assert.Empty(policy.Asked);
    }

    [Theory]
    [InlineData(PersonAccess.Read)]
    [InlineData(PersonAccess.Own)]
    [InlineData(PersonAccess.Manage)]
    public async Task Anyone_in_the_line_who_may_read_reaches_the_handler(PersonAccess access)
    {
        var (response, ran) = await Send(new GetTeamQuery(Subject), Team, new FakeCurrentUser(signedIn: true, Roles.Learner), new FakeAccessPolicy(access));

        Assert.True(ran);
        Assert.Same(Team, response);
    }

    [Theory]
    [InlineData(PersonAccess.Read)]
    [InlineData(PersonAccess.Own)]
    public async Task Reading_access_is_not_enough_for_a_request_only_the_line_manager_may_send(PersonAccess access)
    {
        // The record is visible to them, so the refusal is 403 rather than pretending it does not exist.
        Assert.False(await HandlerRunsDespite<ForbiddenException, ManageSomeoneCommand, string>(
            new ManageSomeoneCommand(Subject), "done", new FakeCurrentUser(signedIn: true, Roles.Learner), new FakeAccessPolicy(access)));
    }

    [Fact]
    public async Task The_line_manager_reaches_the_handler_of_a_manager_only_request()
    {
        var (_, ran) = await Send(new ManageSomeoneCommand(Subject), "done", new FakeCurrentUser(signedIn: true, Roles.Learner, Roles.Manager), new FakeAccessPolicy(PersonAccess.Manage));

        Assert.True(ran);
    }

    [Fact]
    public async Task A_request_any_signed_in_user_may_send_reaches_the_handler_without_asking_the_line()
    {
        var policy = new FakeAccessPolicy(PersonAccess.None);

        var (response, ran) = await Send(new GetOrgUnitQuery(Unit.Id), Unit, new FakeCurrentUser(signedIn: true, Roles.Learner), policy);

        Assert.True(ran);
        Assert.Same(Unit, response);
        Assert.Empty(policy.Asked);
    }

    [Fact]
    public async Task A_record_nobody_owns_is_not_found()
    {
        Assert.False(await HandlerRunsDespite<NotFoundException, ReadRecordQuery, string>(
            new ReadRecordQuery(Guid.NewGuid()), "thing", new FakeCurrentUser(signedIn: true, Roles.HR), new FakeAccessPolicy(PersonAccess.Read)));
    }

    [Fact]
    public async Task A_record_is_checked_against_its_owners_reporting_line_and_the_access_is_kept_for_the_handler()
    {
        var policy = new FakeAccessPolicy(PersonAccess.Manage);
        var access = new RequestAccess();

        var (_, ran) = await Send(new ReadRecordQuery(PublicRecord), "thing", new FakeCurrentUser(signedIn: true, Roles.Learner), policy, access);

        Assert.True(ran);
        Assert.Equal([(Viewer, Subject)], policy.Asked);
        Assert.Equal((PersonAccess.Manage, Subject, true), (access.Access, access.SubjectPersonId!.Value, access.IsManager));
    }

    [Fact]
    public async Task A_confidential_record_is_not_found_for_readers_further_up_the_line()
    {
        Assert.False(await HandlerRunsDespite<NotFoundException, ReadRecordQuery, string>(
            new ReadRecordQuery(ConfidentialRecord), "thing", new FakeCurrentUser(signedIn: true, Roles.HR), new FakeAccessPolicy(PersonAccess.Read)));
    }

    [Theory]
    [InlineData(PersonAccess.Own)]
    [InlineData(PersonAccess.Manage)]
    public async Task The_learner_and_their_line_manager_read_a_confidential_record(PersonAccess access)
    {
        var (_, ran) = await Send(new ReadRecordQuery(ConfidentialRecord), "thing", new FakeCurrentUser(signedIn: true, Roles.Learner), new FakeAccessPolicy(access));

        Assert.True(ran);
    }

    [Fact]
    public async Task An_anonymous_caller_must_sign_in_even_for_a_request_any_signed_in_user_may_send()
    {
        Assert.False(await HandlerRunsDespite<SignInRequiredException, GetOrgUnitQuery, OrgUnitResponse>(
            new GetOrgUnitQuery(Unit.Id), Unit, new FakeCurrentUser(signedIn: false)));
    }

    [Fact]
    public async Task An_anonymous_caller_reaches_a_request_that_allows_anonymous_callers()
    {
        var (_, ran) = await Send(new AnonymousQuery(), "options", new FakeCurrentUser(signedIn: false));

        Assert.True(ran);
    }
}
