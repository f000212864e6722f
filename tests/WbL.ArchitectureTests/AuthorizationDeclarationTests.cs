using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Modules.AuthorizationFixture.Features.Guarded;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class AuthorizationDeclarationTests
{
    /// <summary>Module assemblies and their contracts: a contracts query runs through the same behavior.</summary>
    public static TheoryData<string> AssemblyNames => new(Product.Modules
        .SelectMany(module => new[] { module.Assembly, module.Contracts })
        .OfType<System.Reflection.Assembly>()
        .Select(assembly => assembly.GetName().Name!));

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void Every_request_declares_who_may_send_it(string assemblyName)
    {
        var assembly = Product.Assemblies.Single(candidate => candidate.GetName().Name == assemblyName);

        Expect.NoViolations(AuthorizationDeclarationRule.FindViolations(Product.WrittenTypes(assembly)));
    }

    [Fact]
    public void Requests_declaring_authorization_in_an_accepted_way_are_not_reported()
    {
        var violations = AuthorizationDeclarationRule.FindViolations(FixtureTypes.In("WbL.Modules.AuthorizationFixture"));

        foreach (var type in new[] { typeof(AdminOnlyCommand), typeof(HrOrAdminQuery), typeof(AnySignedInQuery), typeof(AnonymousCommand), typeof(AboutPersonQuery), typeof(AboutRecordQuery), typeof(HrAboutPersonQuery) })
        {
            Assert.DoesNotContain(violations, violation => violation.StartsWith(type.FullName + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_request_without_a_declaration_is_reported()
    {
        var violations = AuthorizationDeclarationRule.FindViolations(FixtureTypes.In("WbL.Modules.AuthorizationFixture"));

        Assert.Contains(violations, violation => violation.StartsWith(typeof(UndeclaredCommand).FullName + " declares no authorization", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_on_a_base_record_does_not_count_because_the_behavior_never_sees_it()
    {
        var violations = AuthorizationDeclarationRule.FindViolations(FixtureTypes.In("WbL.Modules.AuthorizationFixture"));

        Assert.Contains(violations, violation => violation.StartsWith(typeof(InheritsRoleCommand).FullName + " declares no authorization", StringComparison.Ordinal));
    }

    [Fact]
    public void Contradictory_empty_or_misspelled_declarations_are_reported()
    {
        var violations = AuthorizationDeclarationRule.FindViolations(FixtureTypes.In("WbL.Modules.AuthorizationFixture"));

        Assert.Contains(violations, violation => violation.StartsWith(typeof(AnonymousButAdminCommand).FullName + " allows anonymous callers", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith(typeof(NobodyMaySendCommand).FullName + " has [RequiresRole] without a role", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith(typeof(MisspelledRoleCommand).FullName + " requires the unknown role 'Admn'", StringComparison.Ordinal));
    }
}
