using System.Xml.Linq;

namespace WbL.ArchitectureTests.Rules;

/// <summary>An MSBuild file (project, props or targets) by its path from the repository root.</summary>
internal sealed record BuildFile(string Path, XDocument Xml)
{
    public override string ToString() => Path;
}

/// <summary>
/// Mediator's source generator runs once, in the host, where it sees every module: a second copy
/// in a module would generate a second, partial mediator.
/// </summary>
internal static class MediatorGeneratorRule
{
    public const string Generator = "Mediator.SourceGenerator";
    public const string Host = "src/WbL.Api/WbL.Api.csproj";

    public static IReadOnlyList<string> FindViolations(IEnumerable<BuildFile> files)
    {
        var violations = new List<string>();
        var hostReferencesIt = false;
        foreach (var file in files)
        {
            var references = file.Xml.Descendants()
                .Where(element => element.Name.LocalName is "PackageReference" or "GlobalPackageReference")
                .Where(element => string.Equals((string?)element.Attribute("Include") ?? (string?)element.Attribute("Update"), Generator, StringComparison.OrdinalIgnoreCase));
            if (!references.Any())
            {
                continue;
            }
            if (file.Path == Host)
            {
                hostReferencesIt = true;
            }
            else
            {
                violations.Add($"{file.Path} references {Generator}; only {Host} may");
            }
        }
        if (!hostReferencesIt)
        {
            violations.Add($"{Host} does not reference {Generator}, so no mediator is generated");
        }
        return violations;
    }
}

/// <summary>
/// The generated mediator knows only the assemblies the host lists in AddMediator: a module left
/// out there compiles, but its requests fail at run time with "no handler".
/// </summary>
internal static class MediatorWiringRule
{
    /// <summary>
    /// Handlers the host's metadata never refers to. Handlers are internal to their module, so
    /// only the generated mediator and its service registrations refer to them.
    /// </summary>
    public static IReadOnlyList<string> FindUnwiredHandlers(System.Reflection.Assembly host, IEnumerable<Type> handlers)
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(host.Location);
        var referenced = module.GetTypeReferences().Select(reference => reference.FullName).ToHashSet(StringComparer.Ordinal);
        return handlers
            .Where(handler => !referenced.Contains(handler.FullName!.Replace('+', '/')))
            .Select(handler => $"{handler.FullName} is not wired into the host's generated mediator; add its module assembly to AddMediator's options.Assemblies")
            .ToList();
    }
}
