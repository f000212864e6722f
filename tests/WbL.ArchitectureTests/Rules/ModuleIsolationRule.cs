using System.Reflection;
using WbL.Testing;

namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// Modules never reach into each other: a module may use another module's .Contracts but none
/// of its implementation; .Contracts use no module implementation at all (not even their own).
/// </summary>
internal static class ModuleIsolationRule
{
    /// <summary>IL-level: which types of <paramref name="scope"/> (module <paramref name="moduleName"/>) use another module's implementation.</summary>
    public static IReadOnlyList<string> FindViolations(string moduleName, TypeScope scope, IEnumerable<ProductModule> modules) =>
        modules.Where(other => other.Name != moduleName)
            .SelectMany(other => TypesUsing(scope, other)
                .Select(type => $"{type} (module {moduleName}) uses the implementation of module {other.Name}; use {other.Namespace}{Product.ContractsSuffix} instead"))
            .ToList();

    /// <summary>IL-level: which types of a contracts <paramref name="scope"/> use any module's implementation.</summary>
    public static IReadOnlyList<string> FindContractsViolations(TypeScope scope, IEnumerable<ProductModule> modules) =>
        modules.SelectMany(module => TypesUsing(scope, module)
                .Select(type => $"{type} is a contract but uses the implementation of module {module.Name}"))
            .ToList();

    /// <summary>
    /// Assembly-level: a module assembly may reference other modules' contracts only; a contracts
    /// assembly may reference no module implementation.
    /// </summary>
    public static IReadOnlyList<string> FindReferenceViolations(AssemblyName assembly, IEnumerable<AssemblyName> references)
    {
        var name = assembly.Name!;
        var isContracts = name.EndsWith(Product.ContractsSuffix, StringComparison.Ordinal);
        return references
            .Select(reference => reference.Name!)
            .Where(reference => Product.IsModuleAssemblyName(reference) && (isContracts || reference != name))
            .Select(reference => isContracts
                ? $"{name} is a contracts assembly but references the module implementation {reference}"
                : $"{name} references another module's implementation {reference}; reference {reference}{Product.ContractsSuffix} instead")
            .ToList();
    }

    private static IEnumerable<string> TypesUsing(TypeScope scope, ProductModule module)
    {
        // Exact type names, not the module's namespace: a namespace would also match its .Contracts.
        var implementationTypes = Product.WrittenTypes(module.Assembly)
            .Select(type => type.FullName!.Replace('+', '/'))
            .ToArray();
        if (implementationTypes.Length == 0)
        {
            return [];
        }
        var result = scope.Select().ShouldNot().HaveDependencyOnAny(implementationTypes).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames ?? [];
    }
}
