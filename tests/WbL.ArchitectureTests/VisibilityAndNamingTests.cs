using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Modules.VisibilityFixture.Features.Lookup;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class VisibilityAndNamingTests
{
    public static TheoryData<string> ModuleNames => new(Product.Modules.Select(module => module.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Handlers_validators_endpoints_and_requests_are_internal_sealed_and_named_for_their_role(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        Expect.NoViolations(VisibilityAndNamingRule.FindViolations(Product.WrittenTypes(module.Assembly)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Modules_grant_their_internals_to_the_host(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        // Mediator's source generator runs in the host and must see the internal handlers.
        Expect.NoViolations(VisibilityAndNamingRule.FindMissingHostAccess(module.Assembly));
    }

    [Fact]
    public void The_rule_recognises_every_use_case_building_block_of_a_module()
    {
        var types = Product.Modules.SelectMany(module => Product.WrittenTypes(module.Assembly)).ToList();

        Assert.Contains(types, Shapes.IsHandler);
        Assert.Contains(types, Shapes.IsValidator);
        Assert.Contains(types, Shapes.IsEndpoint);
        Assert.Contains(types, Shapes.IsRequest);
    }

    [Fact]
    public void Public_or_unsealed_building_blocks_are_reported()
    {
        var violations = VisibilityAndNamingRule.FindViolations(FixtureTypes.In("WbL.Modules.VisibilityFixture"));

        foreach (var type in new[] { typeof(PublicUnsealedHandler), typeof(PublicUnsealedValidator), typeof(PublicUnsealedEndpoint), typeof(PublicUnsealedRequest) })
        {
            Assert.Contains(violations, violation => violation.StartsWith(type.FullName + " ", StringComparison.Ordinal) && violation.Contains("is public", StringComparison.Ordinal));
            Assert.Contains(violations, violation => violation.StartsWith(type.FullName + " ", StringComparison.Ordinal) && violation.Contains("not sealed", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Building_blocks_not_named_for_their_role_are_reported()
    {
        var violations = VisibilityAndNamingRule.FindViolations(FixtureTypes.In("WbL.Modules.VisibilityFixture"));

        Assert.Contains($"{typeof(LookupProcessor).FullName} is a handler but its name does not end with Handler", violations);
        Assert.Contains($"{typeof(LookupRules).FullName} is a validator but its name does not end with Validator", violations);
        Assert.Contains($"{typeof(LookupRoute).FullName} is an endpoint but its name does not end with Endpoint", violations);
        Assert.Contains($"{typeof(PublicUnsealedRequest).FullName} is a request but its name does not end with Command or Query", violations);
    }

    [Fact]
    public void Well_formed_building_blocks_are_not_reported()
    {
        var violations = VisibilityAndNamingRule.FindViolations(FixtureTypes.In("WbL.Modules.VisibilityFixture"));

        foreach (var type in new[] { typeof(LookupQuery), typeof(LookupHandler), typeof(LookupValidator), typeof(LookupEndpoint), typeof(RenameCommand) })
        {
            Assert.DoesNotContain(violations, violation => violation.StartsWith(type.FullName + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_module_hiding_its_internals_from_the_host_is_reported()
    {
        // The test assembly grants nothing to the host.
        var violations = VisibilityAndNamingRule.FindMissingHostAccess(typeof(VisibilityAndNamingTests).Assembly);

        Assert.Single(violations);
    }
}
