using System.Text.Json;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.UnitTests.Audit;

public sealed class AuditChangesTests
{
    internal sealed record Credentials(string Email, string? Password, string? ResetToken);

    internal sealed record CreateAccountCommand(string Name, Credentials Login, string? Password, IReadOnlyList<string> Roles);

    internal sealed record UploadCommand(Guid ReviewId, string FileName, Stream Content, byte[] Thumbnail);

    internal sealed record UpdateThingCommand(Guid Id, string Note, PersonAccess Level) : IRequestAboutRecord
    {
        public string RecordType => "Thing";

        public Guid RecordId => Id;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record AboutSomeoneCommand(Guid LearnerId, bool Private) : IRequestAboutPerson, ICarriesConfidentialContent
    {
        public Guid SubjectPersonId => LearnerId;

        public PersonAccess RequiredAccess => PersonAccess.Read;

        public bool CarriesConfidentialContent => Private;
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Passwords_and_tokens_are_replaced_by_a_marker_at_any_depth()
    {
        var json = AuditChanges.Of(new CreateAccountCommand("Rae", new Credentials("rae@wbl.test", "Secret-Password-1", "tok-123"), "Other-Secret-2", ["HR"]));

        Assert.DoesNotContain("Secret-Password-1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Other-Secret-2", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", json, StringComparison.Ordinal);
        var values = Parse(json);
        Assert.Equal("Rae", values.GetProperty("name").GetString());
        Assert.Equal(AuditChanges.Redacted, values.GetProperty("password").GetString());
        Assert.Equal("rae@wbl.test", values.GetProperty("login").GetProperty("email").GetString());
        Assert.Equal(AuditChanges.Redacted, values.GetProperty("login").GetProperty("password").GetString());
        Assert.Equal(AuditChanges.Redacted, values.GetProperty("login").GetProperty("resetToken").GetString());
        Assert.Equal("HR", values.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public void A_secret_that_was_not_sent_stays_null_so_the_entry_tells_whether_it_changed()
    {
        var values = Parse(AuditChanges.Of(new CreateAccountCommand("Rae", new Credentials("rae@wbl.test", null, null), null, [])));

        Assert.Equal(JsonValueKind.Null, values.GetProperty("password").ValueKind);
        Assert.Equal(JsonValueKind.Null, values.GetProperty("login").GetProperty("password").ValueKind);
    }

    [Fact]
    public void File_bodies_are_never_kept()
    {
        using var content = new MemoryStream("evidence body"u8.ToArray());

        var json = AuditChanges.Of(new UploadCommand(Guid.NewGuid(), "minutes.pdf", content, [1, 2, 3]));

        var values = Parse(json);
        Assert.Equal("minutes.pdf", values.GetProperty("fileName").GetString());
        Assert.Equal(AuditChanges.Redacted, values.GetProperty("content").GetString());
        Assert.Equal(AuditChanges.Redacted, values.GetProperty("thumbnail").GetString());
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public void What_only_tells_the_authorization_behavior_about_the_request_is_left_out()
    {
        var id = Guid.NewGuid();

        var values = Parse(AuditChanges.Of(new UpdateThingCommand(id, "checked", PersonAccess.Read)));

        Assert.Equal(["id", "note", "level"], values.EnumerateObject().Select(property => property.Name));
        Assert.Equal(id, values.GetProperty("id").GetGuid());
        Assert.Equal("Read", values.GetProperty("level").GetString());
        Assert.Equal(["learnerId", "private"], Parse(AuditChanges.Of(new AboutSomeoneCommand(id, true))).EnumerateObject().Select(property => property.Name));
    }

    [Theory]
    [InlineData("Password", true)]
    [InlineData("NewPassword", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("CalendarToken", true)]
    [InlineData("ApiKey", true)]
    [InlineData("Passage", false)]
    [InlineData("Title", false)]
    public void Secret_names_are_recognised(string name, bool secret)
    {
        Assert.Equal(secret, AuditChanges.IsSecretName(name));
    }
}
