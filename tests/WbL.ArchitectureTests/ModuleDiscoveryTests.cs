using WbL.Testing;

namespace WbL.ArchitectureTests;

/// <summary>The rules are only as good as the module list they run over.</summary>
public sealed class ModuleDiscoveryTests
{
    public static TheoryData<string> ModuleAssemblyNames => new(Product.ModuleAssemblies.Select(assembly => assembly.GetName().Name!));

    [Fact]
    public void The_host_ships_the_organisation_module()
    {
        var organisation = Assert.Single(Product.Modules, module => module.Name == "Organisation");
        Assert.Equal("org_", organisation.TablePrefix);
        Assert.NotNull(organisation.Contracts);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblyNames))]
    public void Every_module_assembly_declares_exactly_one_module(string assemblyName)
    {
        var assembly = Product.ModuleAssemblies.Single(candidate => candidate.GetName().Name == assemblyName);

        Assert.Single(Product.ModuleTypesIn(assembly));
    }

    [Fact]
    public void Every_module_project_in_src_is_shipped_with_the_host()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(Product.RepositoryRoot, "src", "Modules"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => Product.IsModuleAssemblyName(name!))
            .Order(StringComparer.Ordinal)
            .ToList();

        var shipped = Product.ModuleAssemblies.Select(assembly => assembly.GetName().Name).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(projects);
        Assert.Equal(projects, shipped);
    }

    [Fact]
    public void Module_names_match_their_assemblies()
    {
        foreach (var module in Product.Modules)
        {
            var spelled = new string(module.Name.Where(char.IsLetterOrDigit).ToArray());
            Assert.True(string.Equals(spelled, module.Key, StringComparison.OrdinalIgnoreCase),
                $"Module {module.Name} lives in assembly {module.Assembly.GetName().Name}; name them alike");
        }
    }

    [Fact]
    public void Fixtures_are_not_part_of_the_product_scan()
    {
        var testAssembly = typeof(ModuleDiscoveryTests).Assembly;

        Assert.DoesNotContain(testAssembly, Product.Assemblies);
        Assert.All(Product.Assemblies, assembly => Assert.False(assembly.GetName().Name!.EndsWith("Tests", StringComparison.Ordinal)));
        Assert.DoesNotContain(Product.Assemblies.SelectMany(Product.WrittenTypes), type => type.Namespace?.Contains("Fixture", StringComparison.Ordinal) == true);
    }
}
