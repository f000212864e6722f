using System.Xml.Linq;
using WbL.ArchitectureTests.Rules;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class MediatorGeneratorTests
{
    private const string HostProject = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <ItemGroup>
            <PackageReference Include="Mediator.SourceGenerator"><PrivateAssets>all</PrivateAssets></PackageReference>
          </ItemGroup>
        </Project>
        """;

    private const string ModuleProjectWithGenerator = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="Mediator.Abstractions" />
            <PackageReference Include="mediator.sourcegenerator" />
          </ItemGroup>
        </Project>
        """;

    private static List<BuildFile> RepositoryBuildFiles()
    {
        var root = Product.RepositoryRoot;
        string[] skipped = ["bin", "obj", "node_modules", ".git", "client"];
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".csproj", StringComparison.Ordinal) || path.EndsWith(".props", StringComparison.Ordinal) || path.EndsWith(".targets", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => skipped.Contains(part)))
            .Select(path => new BuildFile(path, XDocument.Load(Path.Combine(root, path))))
            .ToList();
    }

    [Fact]
    public void Only_the_host_references_the_mediator_source_generator()
    {
        var files = RepositoryBuildFiles();

        Assert.Contains(files, file => file.Path == MediatorGeneratorRule.Host);
        Assert.Contains(files, file => file.Path.StartsWith("src/Modules/", StringComparison.Ordinal));
        Expect.NoViolations(MediatorGeneratorRule.FindViolations(files));
    }

    [Fact]
    public void Every_module_handler_is_wired_into_the_hosts_generated_mediator()
    {
        var handlers = Product.Modules.SelectMany(module => Product.WrittenTypes(module.Assembly)).Where(type => Shapes.IsConcrete(type) && Shapes.IsHandler(type)).ToList();

        Assert.NotEmpty(handlers);
        Expect.NoViolations(MediatorWiringRule.FindUnwiredHandlers(Product.Host, handlers));
    }

    [Fact]
    public void A_handler_the_host_does_not_know_is_reported()
    {
        var violations = MediatorWiringRule.FindUnwiredHandlers(Product.Host, [typeof(Modules.VisibilityFixture.Features.Lookup.LookupHandler)]);

        Assert.Single(violations);
    }

    [Fact]
    public void A_module_referencing_the_generator_is_reported()
    {
        var violations = MediatorGeneratorRule.FindViolations(
        [
            new BuildFile(MediatorGeneratorRule.Host, XDocument.Parse(HostProject)),
            new BuildFile("src/Modules/Fixture/WbL.Modules.Fixture/WbL.Modules.Fixture.csproj", XDocument.Parse(ModuleProjectWithGenerator)),
        ]);

        var violation = Assert.Single(violations);
        Assert.StartsWith("src/Modules/Fixture/WbL.Modules.Fixture/WbL.Modules.Fixture.csproj references", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_the_generator_is_reported()
    {
        var violations = MediatorGeneratorRule.FindViolations(
            [new BuildFile(MediatorGeneratorRule.Host, XDocument.Parse("""<Project Sdk="Microsoft.NET.Sdk.Web" />"""))]);

        Assert.Single(violations);
    }
}
