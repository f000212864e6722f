using System.Reflection;

namespace WbL.ArchitectureTests.Rules;

/// <summary>The shared kernel sits below everything: it knows no module and not the host.</summary>
internal static class SharedKernelRule
{
    public static readonly string[] ForbiddenNamespaces = ["WbL.Modules", "WbL.Api"];

    /// <summary>IL-level: types of the scope that use a module (implementation or contracts) or the host.</summary>
    public static IReadOnlyList<string> FindViolations(TypeScope scope)
    {
        var result = scope.Select().ShouldNot().HaveDependencyOnAny(ForbiddenNamespaces).GetResult();
        return result.IsSuccessful
            ? []
            : (result.FailingTypeNames ?? []).Select(type => $"{type} is shared kernel but uses a module or the host").ToList();
    }

    /// <summary>Assembly-level: also catches host types outside the WbL.Api namespace (Program).</summary>
    public static IReadOnlyList<string> FindReferenceViolations(AssemblyName assembly, IEnumerable<AssemblyName> references) =>
        references
            .Select(reference => reference.Name!)
            .Where(reference => reference == "WbL.Api" || reference.StartsWith("WbL.Modules.", StringComparison.Ordinal))
            .Select(reference => $"{assembly.Name} is shared kernel but references {reference}")
            .ToList();
}
