using System.Security.Claims;
using WbL.Modules.Organisation;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Features.GetMe;
using WbL.SharedKernel.Authorization;

namespace WbL.UnitTests.Organisation;

public sealed class SignedInPersonTests
{
    [Fact]
    public void Everyone_is_a_learner_and_managers_are_managers_because_people_report_to_them()
    {
        var learner = new SignedInPerson(Guid.NewGuid(), "lee@example.org", "Lee", [], IsManager: false);
        var manager = new SignedInPerson(Guid.NewGuid(), "mo@example.org", "Mo", [Roles.HR], IsManager: true);

        Assert.Equal([Roles.Learner], learner.EffectiveRoles);
        Assert.Equal([Roles.Learner, Roles.Manager, Roles.HR], manager.EffectiveRoles);
    }

    [Fact]
    public void The_session_principal_carries_the_person_and_reads_back_as_me()
    {
        var person = new SignedInPerson(Guid.NewGuid(), "mo@example.org", "Mo Reid", [Roles.Admin], IsManager: true);
        var sessionId = Guid.NewGuid();

        var principal = SessionPrincipal.Create(sessionId, person);
        var me = MeResponse.From(principal);

        Assert.Equal(sessionId.ToString(), principal.FindFirstValue(WblClaimTypes.SessionId));
        Assert.True(principal.Identity!.IsAuthenticated);
        Assert.Equal("Mo Reid", principal.Identity.Name);
        Assert.True(principal.IsInRole(Roles.Admin));
        Assert.Equal((person.Id, "mo@example.org", "Mo Reid", true), (me.Id, me.Email, me.DisplayName, me.IsManager));
        Assert.Equal([Roles.Learner, Roles.Manager, Roles.Admin], me.Roles);
    }

    [Theory]
    [InlineData("  Aisha.Bello@Example.ORG ", "AISHA.BELLO@EXAMPLE.ORG")]
    [InlineData("aisha.bello@example.org", "AISHA.BELLO@EXAMPLE.ORG")]
    public void Emails_are_unique_regardless_of_case_and_surrounding_spaces(string email, string normalized)
    {
        Assert.Equal(normalized, Emails.Normalize(email));
    }
}
