namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// Inside a module everything is internal by default, and the building blocks of a use case say
/// what they are: *Handler, *Validator, *Endpoint, *Command / *Query.
/// </summary>
internal static class VisibilityAndNamingRule
{
    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> moduleTypes)
    {
        var violations = new List<string>();
        foreach (var type in moduleTypes)
        {
            if (Shapes.IsHandler(type))
            {
                Check(type, "a handler", "Handler", mustBeSealed: true, violations);
            }
            if (Shapes.IsValidator(type))
            {
                Check(type, "a validator", "Validator", mustBeSealed: !type.IsAbstract, violations);
            }
            if (Shapes.IsEndpoint(type))
            {
                Check(type, "an endpoint", "Endpoint", mustBeSealed: true, violations);
            }
            if (Shapes.IsRequest(type))
            {
                if (!Shapes.PlainName(type).EndsWith("Command", StringComparison.Ordinal) && !Shapes.PlainName(type).EndsWith("Query", StringComparison.Ordinal))
                {
                    violations.Add($"{type.FullName} is a request but its name does not end with Command or Query");
                }
                if (!type.IsSealed)
                {
                    violations.Add($"{type.FullName} is a request but is not sealed");
                }
                // Other modules send requests through .Contracts; inside the module they stay internal.
                if (Shapes.IsPublic(type))
                {
                    violations.Add($"{type.FullName} is a request but is public; only .Contracts requests are public");
                }
            }
        }
        return violations;
    }

    /// <summary>Mediator's generator runs in the host (WbL.Api) and must see a module's internal handlers.</summary>
    public static IReadOnlyList<string> FindMissingHostAccess(System.Reflection.Assembly assembly) =>
        assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), inherit: false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Any(attribute => attribute.AssemblyName.Split(',')[0].Trim() == "WbL.Api")
            ? []
            : [$"{assembly.GetName().Name} does not grant InternalsVisibleTo to WbL.Api"];

    private static void Check(Type type, string role, string suffix, bool mustBeSealed, List<string> violations)
    {
        if (Shapes.IsPublic(type))
        {
            violations.Add($"{type.FullName} is {role} but is public; make it internal");
        }
        if (mustBeSealed && !type.IsSealed)
        {
            violations.Add($"{type.FullName} is {role} but is not sealed");
        }
        if (!Shapes.PlainName(type).EndsWith(suffix, StringComparison.Ordinal))
        {
            violations.Add($"{type.FullName} is {role} but its name does not end with {suffix}");
        }
    }
}
