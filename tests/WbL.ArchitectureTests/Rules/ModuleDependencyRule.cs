using System.Reflection;
using WbL.Testing;

namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// Which modules a module leans on, through their contracts, is a design decision rather than
/// an accident of a using directive: the compiled references must match the declared map both
/// ways, so a new dependency, and one that is no longer used, are both seen.
/// </summary>
internal static class ModuleDependencyRule
{
    /// <summary>The module keys (the X of WbL.Modules.X.Contracts) whose contracts an assembly references, its own left out.</summary>
    public static IReadOnlyList<string> ContractsUsed(string moduleKey, IEnumerable<AssemblyName> references) =>
        references
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith(Product.ModuleAssemblyPrefix, StringComparison.Ordinal) && name.EndsWith(Product.ContractsSuffix, StringComparison.Ordinal))
            .Select(name => name[Product.ModuleAssemblyPrefix.Length..^Product.ContractsSuffix.Length])
            .Where(key => key != moduleKey)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> FindViolations(string moduleKey, IEnumerable<AssemblyName> references, IReadOnlyCollection<string> allowed)
    {
        var used = ContractsUsed(moduleKey, references);
        return used.Except(allowed, StringComparer.Ordinal)
            .Select(key => $"{moduleKey} uses the contracts of {key}, which the module dependency map does not allow; if it is meant to, add it to the map")
            .Concat(allowed.Except(used, StringComparer.Ordinal)
                .Select(key => $"{moduleKey} is allowed the contracts of {key} but no longer uses them; take {key} off its line in the map"))
            .ToList();
    }
}
