using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Fixtures.Stray;
using WbL.Modules.FolderFixture.Features.Audit;
using WbL.Modules.FolderFixture.Features.CancelOrder;
using WbL.Modules.FolderFixture.Features.Dispatch;
using WbL.Modules.FolderFixture.Features.Orders.Archive;
using WbL.Modules.FolderFixture.Features.ShipOrder;
using WbL.Modules.FolderFixture.Handlers;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class UseCaseFolderTests
{
    public static TheoryData<string> ModuleNames => new(Product.Modules.Select(module => module.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Each_use_case_lives_in_one_feature_folder(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        Expect.NoViolations(UseCaseFolderRule.FindViolations(module.Key, Product.WrittenTypes(module.Assembly)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_types_live_under_the_module_namespace(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        Expect.NoViolations(UseCaseFolderRule.FindTypesOutsideModule(module.Key, Product.WrittenTypes(module.Assembly)));
    }

    [Fact]
    public void A_complete_use_case_folder_with_a_shared_helper_validator_is_not_reported()
    {
        var violations = UseCaseFolderRule.FindViolations("FolderFixture", FixtureTypes.In("WbL.Modules.FolderFixture"));

        Assert.DoesNotContain(violations, violation => violation.StartsWith("WbL.Modules.FolderFixture.Features.PlaceOrder.", StringComparison.Ordinal));
    }

    [Fact]
    public void Scattered_or_misnamed_use_cases_are_reported()
    {
        var violations = UseCaseFolderRule.FindViolations("FolderFixture", FixtureTypes.In("WbL.Modules.FolderFixture"));

        Assert.Equal(
            new List<string>
            {
                $"{typeof(ArchiveCommand).FullName} lives in {typeof(ArchiveCommand).Namespace}; use-case types live in WbL.Modules.FolderFixture.Features.<UseCase>",
                $"{typeof(CancelOrderEndpoint).FullName} is an endpoint but its folder CancelOrder holds no handler for the use case",
                $"{typeof(CancelOrderHandler).FullName} lives in WbL.Modules.FolderFixture.Handlers; use-case types live in WbL.Modules.FolderFixture.Features.<UseCase>",
                $"{typeof(DispatchEndpoint).FullName} is an endpoint in folder ShipOrder but is not named ShipOrderEndpoint",
                $"{typeof(PlaceOrderAuditValidator).FullName} validates WbL.Modules.FolderFixture.Features.PlaceOrder.PlaceOrderCommand but lives outside that request's folder",
                $"{typeof(SendParcelCommand).FullName} is a request in folder Dispatch but is not named DispatchCommand or DispatchQuery",
                $"{typeof(ShipOrderHandler).FullName} handles {typeof(SendParcelCommand).FullName}, which is not in its use-case folder ShipOrder",
            }.Order(StringComparer.Ordinal).ToList(),
            violations.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_type_outside_the_module_namespace_is_reported()
    {
        var violations = UseCaseFolderRule.FindTypesOutsideModule("FolderFixture", [typeof(StrayHelper), typeof(ShipOrderHandler)]);

        var violation = Assert.Single(violations);
        Assert.StartsWith(typeof(StrayHelper).FullName!, violation, StringComparison.Ordinal);
    }
}
