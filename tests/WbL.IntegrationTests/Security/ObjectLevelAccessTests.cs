using System.Net;
using System.Text;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Security;

public sealed class SecurityWorldFixture : IAsyncLifetime
{
    public SecurityFactory Factory { get; } = new();

    public SecurityWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await SecurityWorld.ArrangeAsync(Factory);

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// Object-level access (OWASP API1): every operation in the OpenAPI document whose path names a record, sent by each
/// actor around one learner, answers as <see cref="AccessMatrix"/> says; a refused request changes nothing.
/// </summary>
public sealed class ObjectLevelAccessTests(SecurityWorldFixture fixture) : IClassFixture<SecurityWorldFixture>
{
    [Fact]
    public async Task Every_operation_with_a_record_id_has_an_entry_and_every_entry_an_operation()
    {
        var operations = (await SecurityWorld.OperationsAsync(fixture.Factory))
            .Where(operation => operation.Path.Contains('{', StringComparison.Ordinal))
            .Select(operation => $"{operation.Method} {operation.Path}")
            .ToHashSet();

        var missing = operations.Except(AccessMatrix.Expected.Keys).Order().ToList();
        var stale = AccessMatrix.Expected.Keys.Except(operations).Order().ToList();

        Assert.True(missing.Count == 0, "Operations without an entry in AccessMatrix.Expected:\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "Entries in AccessMatrix.Expected no longer in the OpenAPI document:\n" + string.Join('\n', stale));
    }

    [Fact]
    public async Task Each_actor_gets_the_expected_answer_and_a_refused_request_changes_nothing()
    {
        var world = fixture.World;
        var operations = await SecurityWorld.OperationsAsync(fixture.Factory);
        var failures = new List<string>();
        var observed = new List<string>();
        foreach (var (method, template, hasBody) in operations.Where(operation => operation.Path.Contains('{', StringComparison.Ordinal)))
        {
            var key = $"{method} {template}";
            if (!AccessMatrix.Expected.TryGetValue(key, out var entry))
            {
                // Reported by the coverage test above.
                continue;
            }
            var expected = AccessMatrix.Parse(entry);
            var seen = new List<string>();
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var expectation = expected[actor];
                if (expectation == AccessMatrix.NotSent)
                {
                    seen.Add($"{actor}=-");
                    continue;
                }
                var unsafeMethod = method is not "GET";
                var before = unsafeMethod ? await SecurityWorld.DigestAsync(fixture.Factory) : null;
                using var request = new HttpRequestMessage(new HttpMethod(method), world.Concrete(template));
                if (hasBody)
                {
                    // A body that names no fields: an actor who may act gets past access and is refused by validation.
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }
                var response = await world[actor].Http.SendAsync(request);
                var status = (int)response.StatusCode;
                seen.Add($"{actor}={status}");
                if (status != expectation)
                {
                    failures.Add($"{key} as {actor}: expected {expectation}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
                if (before is not null && status >= 400)
                {
                    var after = await SecurityWorld.DigestAsync(fixture.Factory);
                    var changed = before.Where(table => after.GetValueOrDefault(table.Key) != table.Value).Select(table => table.Key).ToList();
                    if (changed.Count > 0)
                    {
                        failures.Add($"{key} as {actor} was refused with {status} but changed {string.Join(", ", changed)}");
                    }
                }
            }
            observed.Add($"[\"{key}\"] = \"{string.Join(' ', seen)}\",");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n\nObserved:\n" + string.Join('\n', observed));
    }
}
