using System.Data.Common;

namespace WbL.SharedKernel.Data;

/// <summary>
/// The request's connection and, for commands, its one transaction. Handlers pass
/// <see cref="Transaction"/> on every Dapper call so that a command either writes everything or nothing.
/// </summary>
public interface IDbSession
{
    ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken);

    DbTransaction? Transaction { get; }

    /// <summary>
    /// Work to run once the current transaction has committed (handing on outbox events), so that
    /// it sees the committed rows and cannot undo the change if it fails.
    /// </summary>
    void AfterCommit(Func<CancellationToken, Task> work);
}

internal sealed class DbSession(IDbConnectionFactory factory) : IDbSession, IAsyncDisposable
{
    private DbConnection? _connection;

    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public DbTransaction? Transaction { get; private set; }

    public async ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken) =>
        _connection ??= await factory.OpenAsync(cancellationToken);

    public void AfterCommit(Func<CancellationToken, Task> work)
    {
        if (Transaction is null)
        {
            throw new InvalidOperationException("There is no transaction to wait for.");
        }
        _afterCommit.Add(work);
    }

    internal async ValueTask<DbTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open in this session.");
        }
        var connection = await ConnectionAsync(cancellationToken);
        Transaction = await connection.BeginTransactionAsync(cancellationToken);
        return Transaction;
    }

    internal async ValueTask EndAsync(bool commit, CancellationToken cancellationToken)
    {
        if (Transaction is null)
        {
            return;
        }
        try
        {
            if (commit)
            {
                await Transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await Transaction.RollbackAsync(CancellationToken.None);
            }
        }
        catch
        {
            commit = false;
            throw;
        }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
            if (!commit)
            {
                _afterCommit.Clear();
            }
        }
        await RunAfterCommitAsync(cancellationToken);
    }

    private async Task RunAfterCommitAsync(CancellationToken cancellationToken)
    {
        while (_afterCommit.Count > 0)
        {
            var work = _afterCommit[0];
            _afterCommit.RemoveAt(0);
            await work(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

public static class DbSessionTransactions
{
    /// <summary>
    /// Runs work outside the request pipeline (start-up seeding) in one transaction, as a command would.
    /// </summary>
    public static async Task InTransactionAsync(this IDbSession session, Func<Task> work, CancellationToken cancellationToken)
    {
        var owned = (DbSession)session;
        await owned.BeginAsync(cancellationToken);
        try
        {
            await work();
            await owned.EndAsync(commit: true, cancellationToken);
        }
        catch
        {
            await owned.EndAsync(commit: false, cancellationToken);
            throw;
        }
    }
}
