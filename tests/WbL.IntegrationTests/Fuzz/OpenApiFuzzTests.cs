using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WbL.IntegrationTests.Fuzz;

/// <summary>
/// Sends thousands of valid, boundary and garbage requests built from the OpenAPI document to every operation, signed in
/// as admin and as an ordinary line manager, and asserts: never a 5xx, every 4xx is problem+json, and a refused request
/// leaves every row of the database as it was. Seeded: WBL_FUZZ_SEED replays a run, and every failure names its seed,
/// case, request and body.
/// </summary>
public sealed class OpenApiFuzzTests(WblFactory factory, ITestOutputHelper output) : IClassFixture<WblFactory>
{
    private const int DefaultSeed = 20261102;
    private const int CasesPerOperation = 40;
    private const int MinimumCases = 2_000;

    // Logout ends the session it is sent with, so each of its cases gets a session of its own (a sign-in each: few cases).
    private const string Logout = "/api/auth/logout";
    private const int LogoutCases = 6;

    private static readonly string[] Anonymous = ["/api/auth/login", "/api/auth/options", "/api/auth/oidc/login", "/api/calendar/{token}.ics"];

    [Fact]
    public async Task No_generated_request_gets_a_5xx_a_4xx_without_problem_details_or_changes_data_it_refused()
    {
        var seed = Environment.GetEnvironmentVariable("WBL_FUZZ_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : DefaultSeed;
        var clock = Stopwatch.StartNew();
        var document = FuzzDocument.Read(await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json"));
        Assert.NotEmpty(document.Operations);
        var world = await FuzzWorld.ArrangeAsync(factory, document);
        var arranged = clock.Elapsed;

        var random = new Random(seed);
        var requests = new FuzzRequests(document, world, random);
        var plan = document.Operations
            .SelectMany(operation => Enumerable.Repeat(operation, operation.Path == Logout ? LogoutCases : CasesPerOperation))
            .OrderBy(_ => random.Next())
            .ToList();

        using var fingerprint = new DatabaseFingerprint(factory.DatabasePath);
        var anonymous = factory.NewClient();
        var actors = new Dictionary<string, ApiClient> { ["admin"] = world.Admin, ["manager"] = world.Manager };
        var failures = new Failures(seed);
        var statuses = new SortedDictionary<int, int>();
        var resignIns = 0;
        var number = 0;
        foreach (var operation in plan)
        {
            number++;
            // A share of the cases as an ordinary manager, whose answers go through record-level access instead of the admin's reach.
            var actor = random.Next(4) == 0 ? "manager" : "admin";
            var fuzzCase = requests.Next(operation);
            var client = operation.Path == Logout
                ? await (actor == "admin" ? factory.SignInAsAdminAsync() : factory.SignInAsync(world.ManagerEmail))
                : Anonymous.Contains(operation.Path) && random.Next(3) == 0 ? anonymous : actors[actor];

            var before = fingerprint.Current;
            HttpResponseMessage response;
            try
            {
                response = await client.Http.SendAsync(Request(fuzzCase));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures.Add(number, actor, fuzzCase, "threw", $"{exception.GetType().Name}: {exception.Message}");
                continue;
            }
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
            {
                failures.Add(number, actor, fuzzCase, $"{status}", await Preview(response));
            }
            else if (status >= 400 && mediaType != "application/problem+json")
            {
                failures.Add(number, actor, fuzzCase, $"{status} as {mediaType ?? "no content type"}", await Preview(response));
            }
            var after = fingerprint.Refresh();
            if (status >= 400 && after != before)
            {
                failures.Add(number, actor, fuzzCase, $"{status} but the database changed", await Preview(response));
            }

            // A valid update may revoke a session on purpose (say, a person moved); the run signs that actor in again.
            if (status == 401 && ReferenceEquals(client, actors[actor]))
            {
                var me = await client.Http.GetAsync("/api/auth/me");
                if (me.StatusCode == HttpStatusCode.Unauthorized)
                {
                    actors[actor] = actor == "admin" ? await factory.SignInAsAdminAsync() : await factory.SignInAsync(world.ManagerEmail);
                    resignIns++;
                    fingerprint.Refresh();
                }
            }

            // The data_version shortcut is itself checked: hashing every row now must give what it tracked.
            if (number % 1000 == 0)
            {
                Assert.Equal(fingerprint.HashNow(), fingerprint.Refresh());
            }
        }

        output.WriteLine($"Seed {seed}: {number} cases over {document.Operations.Count} operations in {clock.Elapsed.TotalSeconds:F1} s " +
            $"(arranging {arranged.TotalSeconds:F1} s); {fingerprint.Rehashes} rehashes; {resignIns} sign-ins again.");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.Select(entry => $"{entry.Key}×{entry.Value}")));
        Assert.True(number >= MinimumCases, $"Only {number} cases ran; the fuzz run must not shrink below {MinimumCases}.");
        Assert.True(failures.Count == 0, failures.Describe());
    }

    private static HttpRequestMessage Request(FuzzCase fuzzCase)
    {
        var request = new HttpRequestMessage(new HttpMethod(fuzzCase.Operation.Method), new Uri(fuzzCase.Url, UriKind.Relative));
        if (fuzzCase.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            if (fuzzCase.ContentType is { } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        return request;
    }

    private static async Task<string> Preview(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 400 ? text[..400] + "…" : text;
    }

    /// <summary>Failures grouped by operation and kind, a few full examples each, so one bug does not bury the others.</summary>
    private sealed class Failures(int seed)
    {
        private readonly Dictionary<string, List<string>> _groups = [];

        public int Count { get; private set; }

        public void Add(int number, string actor, FuzzCase fuzzCase, string outcome, string response)
        {
            Count++;
            var kind = outcome.StartsWith('4') && outcome.Contains("database", StringComparison.Ordinal) ? "database changed" : outcome;
            var key = $"{fuzzCase.Operation} → {kind}";
            if (!_groups.TryGetValue(key, out var examples))
            {
                _groups[key] = examples = [];
            }
            if (examples.Count < 3)
            {
                examples.Add($"  seed {seed} case {number} as {actor}: {fuzzCase.Operation.Method} {Truncate(fuzzCase.Url, 300)} [{fuzzCase.ContentType}] " +
                    $"body: {fuzzCase.BodyPreview()}\n    mutation: {fuzzCase.Mutation}\n    answered {outcome}: {response}");
            }
            else
            {
                examples.Add("");
            }
        }

        public string Describe()
        {
            var text = new StringBuilder($"{Count} failing cases (WBL_FUZZ_SEED={seed} replays the run), in {_groups.Count} groups:\n");
            foreach (var (key, examples) in _groups.OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"{key} ({examples.Count} cases)");
                foreach (var example in examples.Where(example => example.Length > 0))
                {
                    text.AppendLine(example);
                }
            }
            return text.ToString();
        }

        private static string Truncate(string value, int length) => value.Length > length ? value[..length] + "…" : value;
    }
}
