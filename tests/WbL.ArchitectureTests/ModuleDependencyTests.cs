using System.Reflection;
using WbL.ArchitectureTests.Rules;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class ModuleDependencyTests
{
    /// <summary>Each module, and the modules whose contracts it is meant to use.</summary>
    private static readonly Dictionary<string, string[]> Map = new(StringComparer.Ordinal)
    {
        ["Organisation"] = ["NeedsIdentification"],
        ["NeedsIdentification"] = ["Organisation"],
        // Options of the action learning set type name the set to join.
        ["SolutionSelection"] = ["LearningSets", "NeedsIdentification", "Organisation"],
        ["LearnerContracts"] = ["NeedsIdentification", "Organisation", "SolutionSelection"],
        ["ProgressReviews"] = ["LearnerContracts", "Organisation"],
        ["ImpactReviews"] = ["LearnerContracts", "NeedsIdentification", "Organisation"],
        // A learner whose contract starts on a set option joins the set the option names.
        ["LearningSets"] = ["LearnerContracts", "Organisation", "SolutionSelection"],
        // Entries name the people they are about.
        ["Audit"] = ["Organisation"],
        // People and units place learners in departments, and reminders are e-mailed to the people the directory names; every
        // other module contributes its items and report facts through the shared kernel's insight seams (ADR 10).
        ["Insights"] = ["Organisation"],
    };

    public static TheoryData<string> ModuleKeys => new(Product.Modules.Select(module => module.Key));

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_uses_exactly_the_contracts_the_map_gives_it(string moduleKey)
    {
        var module = Product.Modules.Single(candidate => candidate.Key == moduleKey);
        Assert.True(Map.TryGetValue(moduleKey, out var allowed), $"Module {moduleKey} is not in the module dependency map; add its line");

        Expect.NoViolations(ModuleDependencyRule.FindViolations(moduleKey, module.Assembly.GetReferencedAssemblies(), allowed));
    }

    [Fact]
    public void The_map_names_only_modules_that_exist()
    {
        var keys = Product.Modules.Select(module => module.Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(Map, line => Assert.Superset(line.Value.Append(line.Key).ToHashSet(StringComparer.Ordinal), keys));
    }

    [Fact]
    public void A_contracts_reference_outside_the_map_is_reported_and_so_is_an_unused_line()
    {
        AssemblyName[] references =
        [
            new("WbL.SharedKernel"),
            new("WbL.Modules.LearningSets.Contracts"),
            new("WbL.Modules.Organisation.Contracts"),
            new("WbL.Modules.ImpactReviews.Contracts"),
        ];

        var violations = ModuleDependencyRule.FindViolations("LearningSets", references, ["Organisation", "SolutionSelection"]);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, violation => violation.StartsWith("LearningSets uses the contracts of ImpactReviews,", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith("LearningSets is allowed the contracts of SolutionSelection but no longer uses them", StringComparison.Ordinal));
    }
}
