using System.Reflection;
using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Fixtures.SharedKernel;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class SharedKernelTests
{
    [Fact]
    public void Shared_kernel_depends_on_no_module_and_not_on_the_host()
    {
        var kernel = Product.SharedKernel;

        var violations = SharedKernelRule.FindViolations(TypeScope.Whole(kernel))
            .Concat(SharedKernelRule.FindReferenceViolations(kernel.GetName(), kernel.GetReferencedAssemblies()));

        Expect.NoViolations(violations);
    }

    [Fact]
    public void Kernel_code_using_a_module_or_the_host_is_reported()
    {
        var violations = SharedKernelRule.FindViolations(FixtureTypes.Scope("WbL.Fixtures.SharedKernel"));

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, violation => violation.StartsWith(typeof(KernelHelperUsingModuleContracts).FullName!, StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith(typeof(KernelHelperUsingHost).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public void Kernel_assembly_referencing_a_module_or_the_host_is_reported()
    {
        var violations = SharedKernelRule.FindReferenceViolations(
            new AssemblyName("WbL.SharedKernel"),
            [new AssemblyName("Mediator"), new AssemblyName("WbL.Api"), new AssemblyName("WbL.Modules.Organisation.Contracts")]);

        Assert.Equal(2, violations.Count);
    }
}
