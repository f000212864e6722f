using System.Collections.Concurrent;
using System.Reflection;
using WbL.SharedKernel.Authorization;

namespace WbL.SharedKernel.Audit;

/// <summary>
/// Which record a command changed. A response that carries an <c>Id</c> names it (a created record, or the record the
/// command changed) and the record type is the response's name without "Response"; a command that returns nothing
/// names its record through <see cref="IRequestAboutRecord"/> or <see cref="IRequestAboutPerson"/>.
/// </summary>
/// <param name="SubjectsType">The record type under which a module resolves whom the record is about.</param>
public readonly record struct AuditedRecord(string Type, Guid? Id, string SubjectsType)
{
    public const string PersonType = "Person";

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> IdProperties = new();

    public static AuditedRecord Of(object message, object? response)
    {
        if (response is not null && IdOf(response.GetType()) is { } idProperty && idProperty.GetValue(response) is Guid id)
        {
            var type = NameOf(response.GetType())!;
            // The module resolves the subject under the type the request declared when the request is about this record.
            return new AuditedRecord(type, id, message is IRequestAboutRecord about && about.RecordId == id ? about.RecordType : type);
        }
        return message switch
        {
            IRequestAboutRecord about => new AuditedRecord(about.RecordType, about.RecordId, about.RecordType),
            IRequestAboutPerson person => new AuditedRecord(PersonType, person.SubjectPersonId, PersonType),
            _ when response is not null && NameOf(response.GetType()) is { } name => new AuditedRecord(name, null, name),
            _ => new AuditedRecord(ActionOf(message.GetType()), null, ""),
        };
    }

    /// <summary>Whether the record a command of this type changed can be named, without running it.</summary>
    public static bool CanName(Type commandType, Type responseType) =>
        IdOf(responseType) is not null || NameOf(responseType) is not null
        || typeof(IRequestAboutRecord).IsAssignableFrom(commandType) || typeof(IRequestAboutPerson).IsAssignableFrom(commandType);

    /// <summary>The record type of a response: "ContractResponse" → "Contract", for background work naming the same records.</summary>
    public static string TypeOf(Type responseType) =>
        NameOf(responseType) ?? throw new ArgumentException($"{responseType.Name} does not name a record.", nameof(responseType));

    /// <summary>"UpdateProgressReviewCommand" → "UpdateProgressReview".</summary>
    public static string ActionOf(Type commandType) => Trim(commandType.Name, "Command");

    private static PropertyInfo? IdOf(Type type) =>
        IdProperties.GetOrAdd(type, static candidate => candidate.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var idType } property
            && idType == typeof(Guid) && NameOf(candidate) is not null ? property : null);

    private static string? NameOf(Type type) =>
        type.Name.EndsWith("Response", StringComparison.Ordinal) && type.Name.Length > "Response".Length && !type.IsGenericType
            ? Trim(type.Name, "Response")
            : null;

    private static string Trim(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}
