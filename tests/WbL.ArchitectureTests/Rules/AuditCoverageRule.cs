using System.Reflection;
using Mediator;
using WbL.SharedKernel.Audit;

namespace WbL.ArchitectureTests.Rules;

/// <summary>
/// Every command leaves an audit entry (AuditBehavior writes it without code in the command), and that entry must be able
/// to name the record the command changed; a command that changes nothing durable opts out with
/// <see cref="NotAuditedAttribute"/> and says why.
/// </summary>
internal static class AuditCoverageRule
{
    public static bool IsCommand(Type type) => Shapes.IsConcrete(type) && typeof(IBaseCommand).IsAssignableFrom(type);

    /// <summary>The commands of the scope that opted out, with their reasons.</summary>
    public static IReadOnlyDictionary<Type, string> OptedOut(IEnumerable<Type> types) =>
        types.Where(IsCommand)
            .Select(type => (Type: type, OptOut: type.GetCustomAttribute<NotAuditedAttribute>()))
            .Where(pair => pair.OptOut is not null)
            .ToDictionary(pair => pair.Type, pair => pair.OptOut!.Reason);

    public static IReadOnlyList<string> FindViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var command in types.Where(IsCommand))
        {
            if (command.GetCustomAttribute<NotAuditedAttribute>() is { } optOut)
            {
                if (string.IsNullOrWhiteSpace(optOut.Reason))
                {
                    violations.Add($"{command.FullName} opts out of the audit trail without saying why");
                }
                continue;
            }
            if (!AuditedRecord.CanName(command, ResponseOf(command)))
            {
                violations.Add($"{command.FullName} is audited but its entry cannot name the record it changed: return a *Response with an Id, "
                    + "implement IRequestAboutRecord or IRequestAboutPerson, or opt out with [NotAudited(reason)]");
            }
        }
        return violations;
    }

    /// <summary>The T of ICommand&lt;T&gt;; Unit for a command that returns nothing.</summary>
    public static Type ResponseOf(Type command) =>
        command.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(ICommand<>))
            ?.GetGenericArguments()[0] ?? typeof(Unit);
}
