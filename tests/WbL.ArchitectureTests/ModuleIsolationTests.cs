using System.Reflection;
using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Modules.IsolationFixture.Contracts;
using WbL.Modules.IsolationFixture.Features.Reach;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class ModuleIsolationTests
{
    public static TheoryData<string> ModuleNames => new(Product.Modules.Select(module => module.Name));

    public static TheoryData<string> ContractsAssemblyNames => new(Product.ContractsAssemblies.Select(assembly => assembly.GetName().Name!));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_no_other_modules_implementation(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        var violations = ModuleIsolationRule.FindViolations(module.Name, TypeScope.Whole(module.Assembly), Product.Modules)
            .Concat(ModuleIsolationRule.FindReferenceViolations(module.Assembly.GetName(), module.Assembly.GetReferencedAssemblies()));

        Expect.NoViolations(violations);
    }

    [Theory]
    [MemberData(nameof(ContractsAssemblyNames))]
    public void Contracts_use_no_module_implementation(string assemblyName)
    {
        var contracts = Product.ContractsAssemblies.Single(assembly => assembly.GetName().Name == assemblyName);

        var violations = ModuleIsolationRule.FindContractsViolations(TypeScope.Whole(contracts), Product.Modules)
            .Concat(ModuleIsolationRule.FindReferenceViolations(contracts.GetName(), contracts.GetReferencedAssemblies()));

        Expect.NoViolations(violations);
    }

    [Fact]
    public void Reaching_into_another_modules_implementation_is_reported()
    {
        var violations = ModuleIsolationRule.FindViolations("IsolationFixture", FixtureTypes.Scope("WbL.Modules.IsolationFixture.Features"), Product.Modules);

        Assert.Contains(violations, violation => violation.StartsWith(typeof(ReachesIntoOrganisation).FullName + " ", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith(typeof(ReachesIntoOrganisationInternals).FullName + " ", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith(typeof(ReachesIntoNestedOrganisationType).FullName + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, violation => violation.Contains(nameof(UsesOrganisationContracts), StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_sees_every_type_of_a_real_module_and_the_references_between_them()
    {
        var organisation = Product.Modules.Single(module => module.Name == "Organisation");
        var scope = TypeScope.Whole(organisation.Assembly);

        // Seen from a pretend other module, Organisation's own handlers reach into Organisation.
        var violations = ModuleIsolationRule.FindViolations("Elsewhere", scope, [organisation]);

        Assert.True(scope.Select().GetTypes().Count() >= Product.WrittenTypes(organisation.Assembly).Count);
        Assert.Contains(violations, violation => violation.StartsWith("WbL.Modules.Organisation.Features.CreateOrgUnit.CreateOrgUnitHandler ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_using_its_own_implementation_is_not_reported()
    {
        var organisation = Product.Modules.Single(module => module.Name == "Organisation");

        var violations = ModuleIsolationRule.FindViolations(organisation.Name, FixtureTypes.Scope("WbL.Modules.IsolationFixture.Features"), [organisation]);

        Assert.Empty(violations);
    }

    [Fact]
    public void A_contract_exposing_an_implementation_type_is_reported()
    {
        var violations = ModuleIsolationRule.FindContractsViolations(FixtureTypes.Scope("WbL.Modules.IsolationFixture.Contracts"), Product.Modules);

        var violation = Assert.Single(violations);
        Assert.StartsWith(typeof(LeakyContract).FullName + " ", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Referencing_another_modules_implementation_assembly_is_reported()
    {
        var violations = ModuleIsolationRule.FindReferenceViolations(
            new AssemblyName("WbL.Modules.NeedsIdentification"),
            [
                new AssemblyName("WbL.Modules.NeedsIdentification.Contracts"),
                new AssemblyName("WbL.Modules.Organisation.Contracts"),
                new AssemblyName("WbL.Modules.Organisation"),
                new AssemblyName("WbL.SharedKernel"),
            ]);

        var violation = Assert.Single(violations);
        Assert.Contains("WbL.Modules.Organisation", violation, StringComparison.Ordinal);
        Assert.DoesNotContain("references another module's implementation WbL.Modules.Organisation.Contracts", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contracts_assembly_referencing_its_own_implementation_is_reported()
    {
        var violations = ModuleIsolationRule.FindReferenceViolations(
            new AssemblyName("WbL.Modules.NeedsIdentification.Contracts"),
            [new AssemblyName("WbL.Modules.NeedsIdentification"), new AssemblyName("WbL.SharedKernel")]);

        Assert.Single(violations);
    }
}
