using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Modules.AuditFixture.Features.Audited;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class AuditCoverageTests
{
    private static IEnumerable<Type> ProductTypes => Product.Modules
        .SelectMany(module => new[] { module.Assembly, module.Contracts })
        .OfType<System.Reflection.Assembly>()
        .SelectMany(Product.WrittenTypes);

    [Fact]
    public void Every_command_is_audited_with_its_record_or_opted_out_with_a_reason()
    {
        var commands = ProductTypes.Where(AuditCoverageRule.IsCommand).ToList();

        Assert.True(commands.Count > 40, $"Only {commands.Count} commands found; the scan is not seeing the modules.");
        Expect.NoViolations(AuditCoverageRule.FindViolations(commands));
    }

    [Fact]
    public void Only_signing_in_and_out_stay_out_of_the_audit_trail()
    {
        // Opting out is a decision: a new one must be added here, with its reason on the command.
        var optedOut = AuditCoverageRule.OptedOut(ProductTypes);

        Assert.Equal(["SignInCommand", "SignOutCommand"], optedOut.Keys.Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.All(optedOut.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Commands_naming_their_record_or_opting_out_with_a_reason_are_not_reported()
    {
        var violations = AuditCoverageRule.FindViolations(FixtureTypes.In("WbL.Modules.AuditFixture"));

        foreach (var type in new[] { typeof(CreateThingCommand), typeof(RemoveThingCommand), typeof(TouchSessionCommand) })
        {
            Assert.DoesNotContain(violations, violation => violation.StartsWith(type.FullName + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_command_whose_record_cannot_be_named_or_that_opts_out_without_a_reason_is_reported()
    {
        var violations = AuditCoverageRule.FindViolations(FixtureTypes.In("WbL.Modules.AuditFixture"));

        Assert.Equal(
            [
                $"{typeof(PingCommand).FullName} is audited but its entry cannot name the record it changed: return a *Response with an Id, "
                    + "implement IRequestAboutRecord or IRequestAboutPerson, or opt out with [NotAudited(reason)]",
                $"{typeof(SilentCommand).FullName} opts out of the audit trail without saying why",
            ],
            violations.Order(StringComparer.Ordinal));
    }
}
