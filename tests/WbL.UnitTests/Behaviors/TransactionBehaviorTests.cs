using System.Data.Common;
using Dapper;
using Mediator;
using Microsoft.Data.Sqlite;
using WbL.SharedKernel.Behaviors;
using WbL.SharedKernel.Data;

namespace WbL.UnitTests.Behaviors;

/// <summary>One transaction per command, on a shared in-memory SQLite database.</summary>
public sealed class TransactionBehaviorTests : IAsyncLifetime
{
    private readonly string _connectionString = $"Data Source=tx-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private SqliteConnection _keepAlive = null!;

    internal sealed record AddItemCommand(string Name, bool FailAfterWriting = false) : ICommand<int>;

    private sealed class Connections(string connectionString) : IDbConnectionFactory
    {
        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
    }

    public async Task InitializeAsync()
    {
        // An in-memory database lives as long as one connection to it stays open.
        _keepAlive = new SqliteConnection(_connectionString);
        await _keepAlive.OpenAsync();
        await _keepAlive.ExecuteAsync("CREATE TABLE fx_items (name TEXT NOT NULL)");
    }

    public async Task DisposeAsync() => await _keepAlive.DisposeAsync();

    private static async ValueTask<int> WriteItem(DbSession session, AddItemCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("INSERT INTO fx_items (name) VALUES (@Name)", new { command.Name }, session.Transaction, cancellationToken: cancellationToken));
        if (command.FailAfterWriting)
        {
            throw new InvalidOperationException("The handler failed after writing.");
        }
        return 1;
    }

    private async Task<List<string>> StoredNames() => (await _keepAlive.QueryAsync<string>("SELECT name FROM fx_items ORDER BY name")).ToList();

    [Fact]
    public async Task A_successful_command_is_committed()
    {
        await using var session = new DbSession(new Connections(_connectionString));
        var behavior = new TransactionBehavior<AddItemCommand, int>(session);

        await behavior.Handle(new AddItemCommand("kept"), (command, token) =>
        {
            Assert.NotNull(session.Transaction);
            return WriteItem(session, command, token);
        }, CancellationToken.None);

        Assert.Null(session.Transaction);
        Assert.Equal(["kept"], await StoredNames());
    }

    [Fact]
    public async Task A_failing_command_leaves_nothing_written()
    {
        await using var session = new DbSession(new Connections(_connectionString));
        var behavior = new TransactionBehavior<AddItemCommand, int>(session);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new AddItemCommand("lost", FailAfterWriting: true), (command, token) => WriteItem(session, command, token), CancellationToken.None));

        Assert.Null(session.Transaction);
        Assert.Empty(await StoredNames());
    }

    [Fact]
    public async Task A_command_sent_from_inside_a_command_joins_its_transaction()
    {
        await using var session = new DbSession(new Connections(_connectionString));
        var behavior = new TransactionBehavior<AddItemCommand, int>(session);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new AddItemCommand("outer", FailAfterWriting: true), async (outer, token) =>
            {
                // The inner command succeeds, but it must not commit on its own.
                await behavior.Handle(new AddItemCommand("inner"), (inner, innerToken) => WriteItem(session, inner, innerToken), token);
                return await WriteItem(session, outer, token);
            }, CancellationToken.None));

        Assert.Empty(await StoredNames());
    }
}
