using System.Reflection;
using WbL.SharedKernel.Authorization;

namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// Every request says who may send it, in the way AuthorizationBehavior reads it: the behavior
/// looks up <see cref="RequiresRoleAttribute"/> on the request type itself (the attribute is not
/// inherited) and checks <see cref="IRequestAboutPerson"/> and <see cref="IRequestAboutRecord"/> against the reporting line. A request
/// that declares neither, nor the explicit AllowAnySignedInUser / AllowAnonymousRequest, would be
/// let through silently.
/// </summary>
internal static class AuthorizationDeclarationRule
{
    /// <summary>Role names the application knows: the constants of <see cref="Roles"/>.</summary>
    public static IReadOnlySet<string> KnownRoles { get; } = typeof(Roles)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var request in types.Where(Shapes.IsRequest))
        {
            // Exactly the lookups AuthorizationBehavior does.
            var roles = request.GetCustomAttribute<RequiresRoleAttribute>()?.Roles;
            var aboutPerson = typeof(IRequestAboutPerson).IsAssignableFrom(request) || typeof(IRequestAboutRecord).IsAssignableFrom(request);
            var anySignedIn = request.GetCustomAttribute<AllowAnySignedInUserAttribute>() is not null;
            var anonymous = request.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;

            if (roles is null && !aboutPerson && !anySignedIn && !anonymous)
            {
                violations.Add($"{request.FullName} declares no authorization: add [RequiresRole], [AllowAnySignedInUser], [AllowAnonymousRequest] or implement IRequestAboutPerson or IRequestAboutRecord");
                continue;
            }
            if (anonymous && (roles is not null || aboutPerson || anySignedIn))
            {
                violations.Add($"{request.FullName} allows anonymous callers but also demands a signed-in caller (role, person or signed-in); pick one");
            }
            if (roles is { Count: 0 })
            {
                violations.Add($"{request.FullName} has [RequiresRole] without a role, so nobody may send it");
            }
            foreach (var role in roles?.Where(role => !KnownRoles.Contains(role)) ?? [])
            {
                violations.Add($"{request.FullName} requires the unknown role '{role}'; use the constants of WbL.SharedKernel.Authorization.Roles");
            }
        }
        return violations;
    }
}
