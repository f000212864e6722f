using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using WbL.SharedKernel.Authorization;

namespace WbL.SharedKernel.Audit;

/// <summary>
/// A command's values as the audit trail keeps them: JSON of every property, with secrets (passwords, tokens) and file
/// bodies replaced by a marker, so that the trail can be read by people who must never see them. Members that only tell
/// the authorization behavior what the request is about are left out; the entry has columns for them.
/// </summary>
public static class AuditChanges
{
    public const string Redacted = "[redacted]";

    private static readonly string[] SecretNameParts = ["password", "secret", "token", "apikey"];

    private static readonly Type[] BodyTypes = [typeof(Stream), typeof(byte[]), typeof(ReadOnlyMemory<byte>), typeof(Memory<byte>), typeof(IFormFile)];

    private static readonly ConcurrentDictionary<Type, HashSet<string>> DeclarationMembers = new();

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutSecrets } },
        Converters = { new JsonStringEnumConverter() },
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    public static string Of(object values) => JsonSerializer.Serialize(values, values.GetType(), Options);

    public static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    public static bool IsBody(Type type) =>
        BodyTypes.Any(body => body.IsAssignableFrom(Nullable.GetUnderlyingType(type) ?? type));

    private static void LeaveOutSecrets(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var declarations = DeclarationMembers.GetOrAdd(typeInfo.Type, DeclarationMembersOf);
        for (var index = typeInfo.Properties.Count - 1; index >= 0; index--)
        {
            var property = typeInfo.Properties[index];
            var memberName = (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;
            if (declarations.Contains(memberName))
            {
                typeInfo.Properties.RemoveAt(index);
            }
            else if (IsSecretName(memberName) || IsBody(property.PropertyType))
            {
                // The marker keeps the fact that a secret or a file was sent (a password was reset), never its value.
                var get = property.Get;
                var marker = typeInfo.CreateJsonPropertyInfo(typeof(string), property.Name);
                marker.Get = owner => get?.Invoke(owner) is null ? null : Redacted;
                typeInfo.Properties[index] = marker;
            }
        }
    }

    /// <summary>Names of the members a type implements for <see cref="IRequestAboutRecord"/> and its kin.</summary>
    private static HashSet<string> DeclarationMembersOf(Type type) =>
        new[] { typeof(IRequestAboutRecord), typeof(IRequestAboutPerson), typeof(ICarriesConfidentialContent) }
            .Where(declaration => declaration.IsAssignableFrom(type))
            .SelectMany(declaration => declaration.GetProperties().Select(member => member.Name))
            .ToHashSet(StringComparer.Ordinal);
}
