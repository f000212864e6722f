using WbL.ArchitectureTests.Rules;
using WbL.Testing;

namespace WbL.ArchitectureTests.Fixtures;

/// <summary>
/// Deliberately bad code that lives only in this test assembly, each rule's in its own namespace,
/// so that every rule can be seen failing. The product scan never looks here: it only reads
/// assemblies the host references.
/// </summary>
internal static class FixtureTypes
{
    public static IReadOnlyList<Type> In(string namespacePrefix) =>
        Product.WrittenTypes(typeof(FixtureTypes).Assembly)
            .Where(type => type.Namespace?.StartsWith(namespacePrefix, StringComparison.Ordinal) == true)
            .ToList();

    public static TypeScope Scope(string namespacePrefix) => new(typeof(FixtureTypes).Assembly, namespacePrefix);
}
