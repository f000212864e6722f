using Dapper;
using Microsoft.Data.Sqlite;
using WbL.SharedKernel.Data;

namespace WbL.UnitTests.Data;

/// <summary>GUIDs and instants go through Dapper into SQLite text columns and come back unchanged.</summary>
public sealed class SqliteTypeHandlersTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTypeHandlersTests()
    {
        SqliteTypeHandlers.Register();
        _connection.Open();
        _connection.Execute("CREATE TABLE fx_rows (id TEXT NOT NULL PRIMARY KEY, parent_id TEXT NULL, at TEXT NOT NULL, on_day TEXT NULL)");
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Money_reads_back_when_a_column_mixes_whole_and_fractional_amounts()
    {
        // SQLite keeps 0 as an integer and 250.5 as a real in the same NUMERIC column.
        _connection.Execute("CREATE TABLE fx_money (position INTEGER NOT NULL, amount NUMERIC NULL)");
        _connection.Execute("INSERT INTO fx_money (position, amount) VALUES (@Position, @Amount)",
            new[] { new Money { Position = 1, Amount = 0m }, new Money { Position = 2, Amount = 250.5m }, new Money { Position = 3, Amount = null } });

        var amounts = _connection.Query<Money>("SELECT position AS Position, amount AS Amount FROM fx_money ORDER BY position").Select(row => row.Amount).ToList();

        Assert.Equal([0m, 250.5m, null], amounts);
        Assert.Equal(250.5m, _connection.QuerySingle<decimal>("SELECT amount FROM fx_money WHERE position = 2"));
    }

    private sealed class Money
    {
        public int Position { get; init; }
        public decimal? Amount { get; init; }
    }

    [Fact]
    public void A_guid_is_stored_as_lower_case_text_and_read_back()
    {
        var id = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

        _connection.Execute("INSERT INTO fx_rows (id, at) VALUES (@Id, @At)", new { Id = id, At = DateTimeOffset.UnixEpoch });

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", _connection.QuerySingle<string>("SELECT id FROM fx_rows"));
        Assert.Equal(id, _connection.QuerySingle<Guid>("SELECT id FROM fx_rows"));
    }

    [Fact]
    public void A_guid_parameter_finds_the_row_it_was_stored_in()
    {
        var id = Guid.NewGuid();
        _connection.Execute("INSERT INTO fx_rows (id, at) VALUES (@Id, @At)", new { Id = id, At = DateTimeOffset.UnixEpoch });

        var found = _connection.ExecuteScalar<long>("SELECT COUNT(1) FROM fx_rows WHERE id = @Id", new { Id = id });

        Assert.Equal(1, found);
    }

    [Fact]
    public void Nullable_guids_and_dates_round_trip_as_null_and_as_values()
    {
        var parent = Guid.NewGuid();
        _connection.Execute("INSERT INTO fx_rows (id, parent_id, at, on_day) VALUES (@Id, @ParentId, @At, @OnDay)",
            new[]
            {
                new Row { Id = Guid.NewGuid(), ParentId = null, At = DateTimeOffset.UnixEpoch, OnDay = null },
                new Row { Id = Guid.NewGuid(), ParentId = parent, At = DateTimeOffset.UnixEpoch.AddDays(1), OnDay = new DateOnly(2026, 2, 28) },
            });

        var rows = _connection.Query<Row>("SELECT id AS Id, parent_id AS ParentId, at AS At, on_day AS OnDay FROM fx_rows ORDER BY at").ToList();

        Assert.Null(rows[0].ParentId);
        Assert.Null(rows[0].OnDay);
        Assert.Equal(parent, rows[1].ParentId);
        Assert.Equal(new DateOnly(2026, 2, 28), rows[1].OnDay);
        Assert.Equal("2026-02-28", _connection.QuerySingle<string>("SELECT on_day FROM fx_rows WHERE on_day IS NOT NULL"));
    }

    [Fact]
    public void An_instant_is_stored_as_utc_iso_text_and_read_back_as_the_same_instant()
    {
        var local = new DateTimeOffset(2026, 3, 29, 1, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        _connection.Execute("INSERT INTO fx_rows (id, at) VALUES (@Id, @At)", new { Id = Guid.NewGuid(), At = local });

        Assert.Equal("2026-03-28T23:30:15.1234567Z", _connection.QuerySingle<string>("SELECT at FROM fx_rows"));
        var read = _connection.QuerySingle<DateTimeOffset>("SELECT at FROM fx_rows");
        Assert.Equal(local, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void Instants_stored_as_text_sort_and_compare_in_time_order()
    {
        // 23:00 in New York is 04:00Z the next day; 03:00 in Athens that day is 01:00Z: the later wall clock is the earlier instant.
        var eveningInNewYork = new DateTimeOffset(2026, 1, 1, 23, 0, 0, TimeSpan.FromHours(-5));
        var nightInAthens = new DateTimeOffset(2026, 1, 2, 3, 0, 0, TimeSpan.FromHours(2));
        _connection.Execute("INSERT INTO fx_rows (id, at) VALUES (@Id, @At)", new { Id = Guid.NewGuid(), At = eveningInNewYork });
        _connection.Execute("INSERT INTO fx_rows (id, at) VALUES (@Id, @At)", new { Id = Guid.NewGuid(), At = nightInAthens });

        var ordered = _connection.Query<DateTimeOffset>("SELECT at FROM fx_rows ORDER BY at").ToList();
        var afterMidnightUtc = _connection.ExecuteScalar<long>("SELECT COUNT(1) FROM fx_rows WHERE at > @Cutoff",
            new { Cutoff = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal([nightInAthens, eveningInNewYork], ordered);
        Assert.Equal(2, afterMidnightUtc);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid? ParentId { get; init; }
        public DateTimeOffset At { get; init; }
        public DateOnly? OnDay { get; init; }
    }
}
