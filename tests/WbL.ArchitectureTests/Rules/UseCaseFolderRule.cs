namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// One use case = one folder: WbL.Modules.X.Features.&lt;UseCase&gt; holds the &lt;UseCase&gt;Command
/// or &lt;UseCase&gt;Query, its &lt;UseCase&gt;Handler, its &lt;UseCase&gt;Endpoint and its validator.
/// Helper validators (e.g. the fields two use cases share) may sit in any use-case folder.
/// </summary>
internal static class UseCaseFolderRule
{
    public static IReadOnlyList<string> FindViolations(string moduleKey, IEnumerable<Type> moduleTypes)
    {
        var types = moduleTypes.Where(Shapes.IsConcrete).ToList();
        var features = $"WbL.Modules.{moduleKey}.Features";
        var violations = new List<string>();

        foreach (var type in types.Where(type => Shapes.IsRequest(type) || Shapes.IsHandler(type) || Shapes.IsValidator(type) || Shapes.IsEndpoint(type)))
        {
            var useCase = UseCaseOf(type, features);
            if (useCase is null)
            {
                violations.Add($"{type.FullName} lives in {type.Namespace}; use-case types live in {features}.<UseCase>");
                continue;
            }
            var name = Shapes.PlainName(type);

            if (Shapes.IsRequest(type) && name != useCase + "Command" && name != useCase + "Query")
            {
                violations.Add($"{type.FullName} is a request in folder {useCase} but is not named {useCase}Command or {useCase}Query");
            }

            if (Shapes.IsHandler(type))
            {
                if (name != useCase + "Handler")
                {
                    violations.Add($"{type.FullName} is a handler in folder {useCase} but is not named {useCase}Handler");
                }
                foreach (var request in Shapes.HandledRequests(type))
                {
                    // A request from another assembly is a .Contracts query this module answers: it matches by name.
                    var sameFolder = request.Assembly == type.Assembly
                        ? request.Namespace == type.Namespace
                        : Shapes.PlainName(request) == useCase + "Command" || Shapes.PlainName(request) == useCase + "Query";
                    if (!sameFolder)
                    {
                        violations.Add($"{type.FullName} handles {request.FullName}, which is not in its use-case folder {useCase}");
                    }
                }
            }

            if (Shapes.IsEndpoint(type))
            {
                if (name != useCase + "Endpoint")
                {
                    violations.Add($"{type.FullName} is an endpoint in folder {useCase} but is not named {useCase}Endpoint");
                }
                if (!types.Any(other => Shapes.IsHandler(other) && other.Namespace == type.Namespace))
                {
                    violations.Add($"{type.FullName} is an endpoint but its folder {useCase} holds no handler for the use case");
                }
            }

            if (Shapes.ValidatedType(type) is { } validated && Shapes.IsRequest(validated)
                && validated.Assembly == type.Assembly && validated.Namespace != type.Namespace)
            {
                violations.Add($"{type.FullName} validates {validated.FullName} but lives outside that request's folder");
            }
        }
        return violations;
    }

    /// <summary>Every type a person wrote in module X lives under WbL.Modules.X.</summary>
    public static IReadOnlyList<string> FindTypesOutsideModule(string moduleKey, IEnumerable<Type> moduleTypes)
    {
        var root = $"WbL.Modules.{moduleKey}";
        return moduleTypes
            .Where(type => type.Namespace != root && type.Namespace?.StartsWith(root + ".", StringComparison.Ordinal) != true)
            .Select(type => $"{type.FullName} is in module {moduleKey} but outside its namespace {root}")
            .ToList();
    }

    /// <summary>"WbL.Modules.X.Features.CreateThing" → "CreateThing"; null for anything else.</summary>
    private static string? UseCaseOf(Type type, string features)
    {
        var ns = type.Namespace ?? "";
        if (!ns.StartsWith(features + ".", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = ns[(features.Length + 1)..];
        return rest.Contains('.', StringComparison.Ordinal) ? null : rest;
    }
}
