using System.Reflection;
using WbL.SharedKernel.Modules;

namespace WbL.Testing;

/// <summary>A feature module as the host sees it: its IModule, its assembly and its optional Contracts assembly.</summary>
internal sealed record ProductModule(string Name, string TablePrefix, Assembly Assembly, Assembly? Contracts)
{
    /// <summary>The X in WbL.Modules.X: the assembly's and the root namespace's last part.</summary>
    public string Key => Assembly.GetName().Name![Product.ModuleAssemblyPrefix.Length..];

    public string Namespace => Product.ModuleAssemblyPrefix + Key;

    public override string ToString() => Name;
}

/// <summary>
/// Discovers the product from the host: every WbL assembly the API references (directly or
/// through other WbL assemblies) plus every WbL.Modules.* assembly deployed next to it. New
/// modules are picked up without touching the tests; test assemblies are never part of it.
/// </summary>
internal static class Product
{
    public const string ModuleAssemblyPrefix = "WbL.Modules.";
    public const string ContractsSuffix = ".Contracts";

    private static readonly Lazy<IReadOnlyList<Assembly>> LazyAssemblies = new(LoadAssemblies);
    private static readonly Lazy<IReadOnlyList<ProductModule>> LazyModules = new(LoadModules);
    private static readonly Lazy<string> LazyRoot = new(FindRepositoryRoot);

    public static Assembly Host => typeof(Program).Assembly;

    public static Assembly SharedKernel => typeof(IModule).Assembly;

    /// <summary>Every WbL product assembly: host, shared kernel, modules and their contracts.</summary>
    public static IReadOnlyList<Assembly> Assemblies => LazyAssemblies.Value;

    public static IReadOnlyList<Assembly> ModuleAssemblies =>
        Assemblies.Where(assembly => IsModuleAssemblyName(assembly.GetName().Name!)).ToList();

    public static IReadOnlyList<Assembly> ContractsAssemblies =>
        Assemblies.Where(assembly => assembly.GetName().Name!.StartsWith(ModuleAssemblyPrefix, StringComparison.Ordinal)
            && assembly.GetName().Name!.EndsWith(ContractsSuffix, StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<ProductModule> Modules => LazyModules.Value;

    /// <summary>The folder holding WbL.sln.</summary>
    public static string RepositoryRoot => LazyRoot.Value;

    public static bool IsModuleAssemblyName(string name) =>
        name.StartsWith(ModuleAssemblyPrefix, StringComparison.Ordinal) && !name.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    /// <summary>Concrete IModule types of an assembly (a module assembly should hold exactly one).</summary>
    public static IReadOnlyList<Type> ModuleTypesIn(Assembly assembly) =>
        LoadableTypes(assembly).Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IModule).IsAssignableFrom(type)).ToList();

    /// <summary>Types written by people: compiler-generated and embedded attribute types are left out.</summary>
    public static IReadOnlyList<Type> WrittenTypes(Assembly assembly) =>
        LoadableTypes(assembly).Where(IsWritten).ToList();

    public static bool IsWritten(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.Name.Contains('<', StringComparison.Ordinal)
                || current.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
                || current.GetCustomAttributes(inherit: false).Any(attribute => attribute.GetType().FullName == "Microsoft.CodeAnalysis.EmbeddedAttribute"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"NeedsIdentification" → "needs_identification", as module names appear in script file names.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.')
            {
                if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }
                continue;
            }
            if (char.IsUpper(c) && builder.Length > 0 && builder[^1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().TrimEnd('_');
    }

    private static Type[] LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            throw new InvalidOperationException(
                $"Could not load every type of {assembly.GetName().Name}: {string.Join("; ", exception.LoaderExceptions.Select(e => e?.Message))}", exception);
        }
    }

    private static List<Assembly> LoadAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>();
        void Visit(Assembly assembly)
        {
            var name = assembly.GetName().Name!;
            if (IsProductAssemblyName(name) && found.TryAdd(name, assembly))
            {
                pending.Enqueue(assembly);
            }
        }

        Visit(Host);
        // A module only referenced by project (not yet used in code) still ships next to the host.
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, ModuleAssemblyPrefix + "*.dll"))
        {
            Visit(Assembly.Load(AssemblyName.GetAssemblyName(file)));
        }
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(reference => IsProductAssemblyName(reference.Name!)))
            {
                Visit(Assembly.Load(reference));
            }
        }
        return found.Values.OrderBy(assembly => assembly.GetName().Name, StringComparer.Ordinal).ToList();
    }

    private static bool IsProductAssemblyName(string name) =>
        name.StartsWith("WbL.", StringComparison.Ordinal) && !name.EndsWith("Tests", StringComparison.Ordinal);

    private static List<ProductModule> LoadModules()
    {
        var modules = new List<ProductModule>();
        foreach (var assembly in ModuleAssemblies)
        {
            // An assembly without exactly one module is reported by the discovery tests.
            if (ModuleTypesIn(assembly) is not [var moduleType])
            {
                continue;
            }
            var module = (IModule)Activator.CreateInstance(moduleType)!;
            var contracts = Assemblies.SingleOrDefault(candidate => candidate.GetName().Name == assembly.GetName().Name + ContractsSuffix);
            modules.Add(new ProductModule(module.Name, module.TablePrefix, assembly, contracts));
        }
        return modules;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WbL.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds WbL.sln.");
    }
}
