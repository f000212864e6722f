using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WbL.Modules.Audit;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Behaviors;
using WbL.SharedKernel.Data;
using WbL.Testing;

namespace WbL.UnitTests.Behaviors;

/// <summary>
/// The audit behavior inside the transaction behavior, writing with the Audit module's trail to a database built from the
/// real migration: an entry commits with its change or not at all.
/// </summary>
public sealed class AuditBehaviorTests : IAsyncLifetime
{
    private static readonly Guid Actor = Guid.NewGuid();
    private static readonly Guid Learner = Guid.NewGuid();

    private readonly string _connectionString = $"Data Source=audit-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private SqliteConnection _keepAlive = null!;

    internal sealed record ItemResponse(Guid Id, string Name);

    internal sealed record AddItemCommand(string Name, string Password, bool FailAfterWriting = false) : ICommand<ItemResponse>;

    internal sealed record RenameItemCommand(Guid Id, string Name) : ICommand<ItemResponse>, IRequestAboutRecord
    {
        public string RecordType => "Item";

        public Guid RecordId => Id;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record NoteForCommand(Guid LearnerId, string Note, bool Private) : ICommand, IRequestAboutPerson, ICarriesConfidentialContent
    {
        public Guid SubjectPersonId => LearnerId;

        public PersonAccess RequiredAccess => PersonAccess.Manage;

        public bool CarriesConfidentialContent => Private;
    }

    [NotAudited("Fixture: changes nothing durable.")]
    internal sealed record TouchCommand(string Name) : ICommand<ItemResponse>;

    private sealed class Connections(string connectionString) : IDbConnectionFactory
    {
        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
    }

    private sealed class SignedIn(Guid? personId) : ICurrentUser
    {
        public bool IsAuthenticated => personId is not null;

        public Guid PersonId => personId ?? throw new InvalidOperationException("Nobody is signed in.");

        public bool IsInRole(string role) => false;
    }

    /// <summary>Items belong to <see cref="Learner"/>; those named "private…" are confidential.</summary>
    private sealed class ItemSubjects(IDbSession session) : IRecordSubjects
    {
        public string RecordType => "Item";

        public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
        {
            var connection = await session.ConnectionAsync(cancellationToken);
            var name = await connection.QuerySingleOrDefaultAsync<string>("SELECT name FROM fx_items WHERE id = @Id", new { Id = recordId }, session.Transaction);
            return name is null ? null : new RecordSubject(Learner, Confidential: name.StartsWith("private", StringComparison.Ordinal));
        }
    }

    private sealed class FailingTrail : IAuditTrail
    {
        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => throw new InvalidOperationException("The audit store is down.");
    }

    public async Task InitializeAsync()
    {
        SqliteTypeHandlers.Register();
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        _keepAlive = new SqliteConnection(_connectionString);
        await _keepAlive.OpenAsync();
        await _keepAlive.ExecuteAsync("CREATE TABLE fx_items (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL)");
        await _keepAlive.ExecuteAsync(Sql.Scripts(Sql.Sqlite).Single(script => script.FileName == "0013_audit_initial.sql").Text);
    }

    public async Task DisposeAsync() => await _keepAlive.DisposeAsync();

    private sealed class StoredEntry
    {
        public string Id { get; init; } = "";
        public string OccurredAt { get; init; } = "";
        public string? ActorPersonId { get; init; }
        public string Action { get; init; } = "";
        public string RecordType { get; init; } = "";
        public string? RecordId { get; init; }
        public string? SubjectPersonId { get; init; }
        public string Changes { get; init; } = "";
        public long Confidential { get; init; }
        public string CorrelationId { get; init; } = "";
    }

    private async Task<List<StoredEntry>> Entries() =>
        (await _keepAlive.QueryAsync<StoredEntry>("SELECT * FROM aud_entries ORDER BY occurred_at, id")).ToList();

    private async Task<List<string>> ItemNames() => (await _keepAlive.QueryAsync<string>("SELECT name FROM fx_items ORDER BY name")).ToList();

    /// <summary>Sends the command through transaction → audit → a handler writing the item, as the pipeline would.</summary>
    private async Task<TResponse> Send<TCommand, TResponse>(
        TCommand command, Func<DbSession, TCommand, Task<TResponse>> handler, Guid? actor = null, IAuditTrail? trail = null, RequestAccess? access = null)
        where TCommand : IBaseCommand
    {
        await using var session = new DbSession(new Connections(_connectionString));
        var transaction = new TransactionBehavior<TCommand, TResponse>(session);
        var audit = new AuditBehavior<TCommand, TResponse>(
            trail ?? new AuditTrail(session, _clock), new SignedIn(actor), access ?? new RequestAccess(), [new ItemSubjects(session)]);
        return await transaction.Handle(command, (message, token) =>
            audit.Handle(message, async (inner, _) => await handler(session, inner), token), CancellationToken.None);
    }

    private static async Task<ItemResponse> WriteItem(DbSession session, string name, bool fail = false)
    {
        var connection = await session.ConnectionAsync(CancellationToken.None);
        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO fx_items (id, name) VALUES (@Id, @Name)", new { Id = id, Name = name }, session.Transaction);
        if (fail)
        {
            throw new InvalidOperationException("The handler failed after writing.");
        }
        return new ItemResponse(id, name);
    }

    [Fact]
    public async Task A_successful_command_leaves_one_entry_with_its_actor_record_values_and_correlation_id()
    {
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        var item = await Send(new AddItemCommand("kettle", "Item-Secret-1"), (session, command) => WriteItem(session, command.Name), Actor);

        var entry = Assert.Single(await Entries());
        Assert.Equal(Actor.ToString("D"), entry.ActorPersonId);
        Assert.Equal("AddItem", entry.Action);
        Assert.Equal("Item", entry.RecordType);
        Assert.Equal(item.Id.ToString("D"), entry.RecordId);
        Assert.Equal(Learner.ToString("D"), entry.SubjectPersonId);
        Assert.Equal(0, entry.Confidential);
        Assert.Equal(activity.TraceId.ToHexString(), entry.CorrelationId);
        Assert.Equal("2026-11-02T09:00:00.0000000Z", entry.OccurredAt);
        Assert.Contains("\"name\":\"kettle\"", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Item-Secret-1", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_that_fails_after_writing_leaves_neither_its_change_nor_an_entry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Send(new AddItemCommand("lost", "x", FailAfterWriting: true), (session, command) => WriteItem(session, command.Name, command.FailAfterWriting), Actor));

        Assert.Empty(await ItemNames());
        Assert.Empty(await Entries());
    }

    [Fact]
    public async Task A_change_whose_entry_cannot_be_written_is_rolled_back()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Send(new AddItemCommand("unrecorded", "x"), (session, command) => WriteItem(session, command.Name), Actor, new FailingTrail()));

        Assert.Empty(await ItemNames());
    }

    [Fact]
    public async Task A_command_opted_out_leaves_no_entry()
    {
        await Send(new TouchCommand("touched"), (session, command) => WriteItem(session, command.Name), Actor);

        Assert.Equal(["touched"], await ItemNames());
        Assert.Empty(await Entries());
    }

    [Fact]
    public async Task Without_a_signed_in_caller_the_entry_has_no_actor()
    {
        await Send(new AddItemCommand("anonymous", "x"), (session, command) => WriteItem(session, command.Name), actor: null);

        Assert.Null(Assert.Single(await Entries()).ActorPersonId);
    }

    [Fact]
    public async Task A_confidential_record_marks_its_entry_confidential()
    {
        var item = await Send(new AddItemCommand("private kettle", "x"), (session, command) => WriteItem(session, command.Name), Actor);
        await Send(new RenameItemCommand(item.Id, "private teapot"), async (session, command) =>
        {
            var connection = await session.ConnectionAsync(CancellationToken.None);
            await connection.ExecuteAsync("UPDATE fx_items SET name = @Name WHERE id = @Id", new { Id = command.Id, command.Name }, session.Transaction);
            return new ItemResponse(command.Id, command.Name);
        }, Actor);

        var entries = await Entries();
        Assert.Equal(["AddItem", "RenameItem"], entries.Select(entry => entry.Action).Order(StringComparer.Ordinal));
        Assert.All(entries, entry => Assert.Equal(1, entry.Confidential));
        Assert.All(entries, entry => Assert.Equal(item.Id.ToString("D"), entry.RecordId));
    }

    [Fact]
    public async Task A_command_about_a_person_is_recorded_against_them_and_can_declare_its_values_confidential()
    {
        var other = Guid.NewGuid();
        // What the authorization behavior found before the handler ran.
        var access = new RequestAccess { SubjectPersonId = other };

        await Send(new NoteForCommand(other, "an aspiration", Private: true), (_, _) => Task.FromResult(Unit.Value), Actor, access: access);

        var entry = Assert.Single(await Entries());
        Assert.Equal("Person", entry.RecordType);
        Assert.Equal(other.ToString("D"), entry.RecordId);
        Assert.Equal(other.ToString("D"), entry.SubjectPersonId);
        Assert.Equal(1, entry.Confidential);
    }

    [Fact]
    public async Task The_trail_refuses_to_write_outside_a_transaction()
    {
        await using var session = new DbSession(new Connections(_connectionString));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new AuditTrail(session, _clock).RecordAsync(new AuditEntry(null, "Loose", "Item", null, null, "{}"), CancellationToken.None));
        Assert.Empty(await Entries());
    }
}
