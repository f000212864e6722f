using System.Reflection;
using NetArchTest.Rules;

namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// The types a dependency rule looks at: those of one assembly whose namespace starts with a
/// prefix. The product passes a whole assembly (empty prefix); fixtures pass their own namespace
/// inside the test assembly, so that the same rule can be seen failing.
/// </summary>
internal sealed record TypeScope(Assembly Assembly, string NamespacePrefix)
{
    public static TypeScope Whole(Assembly assembly) => new(assembly, "");

    public PredicateList Select() => Types.InAssembly(Assembly).That().ResideInNamespaceStartingWith(NamespacePrefix);

    public override string ToString() => NamespacePrefix.Length == 0 ? Assembly.GetName().Name! : $"{Assembly.GetName().Name}:{NamespacePrefix}";
}
