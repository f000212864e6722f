using System.Text.Json;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.Fuzz;

/// <summary>
/// A small arranged world (an active contract with its reviews, a completed one with its impact review, a learning set,
/// a catalogue), and the ids and cursors read back from it, so that valid requests reach real records.
/// </summary>
public sealed class FuzzWorld
{
    private readonly Dictionary<string, List<string>> _ids = new(StringComparer.OrdinalIgnoreCase);

    public required ApiClient Admin { get; init; }

    public required ApiClient Manager { get; init; }

    public required string ManagerEmail { get; init; }

    /// <summary>People the fuzzer signs in as: writing to their own records could end the session it drives the run with.</summary>
    public required IReadOnlySet<string> ActorIds { get; init; }

    public List<string> Cursors { get; } = [];

    public List<string> AllIds { get; } = [];

    public IReadOnlyList<string> IdsOf(string bucket) => _ids.TryGetValue(bucket, out var ids) ? ids : [];

    public static async Task<FuzzWorld> ArrangeAsync(WblFactory factory, FuzzDocument document)
    {
        var active = await factory.ActiveContractAsync();
        var completed = await factory.CompletedContractAsync("2026-10-30");
        var sets = await factory.SetOptionWorldAsync();
        await sets.Hr.OfferingAsync();
        await active.Manager.CreateBusinessNeedAsync(active.Line.Team.Id);
        await active.Manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(active.Line.Report.Id));
        await active.Report.Http.PostAsJsonAsync($"/api/contracts/{active.Contract.Id}/ideas", new { title = "Agenda template", description = "One page for every panel" });

        var admin = await factory.SignInAsAdminAsync();
        var me = await admin.Http.GetFromJsonAsync<Me>("/api/auth/me", HttpAssertions.Json);
        var world = new FuzzWorld
        {
            Admin = admin,
            Manager = await factory.SignInAsync(active.Line.Manager.Email),
            ManagerEmail = active.Line.Manager.Email,
            ActorIds = new HashSet<string>([me!.Id.ToString(), active.Line.Manager.Id.ToString()], StringComparer.OrdinalIgnoreCase),
        };
        world.Add("impact-reviews", completed.Review.Id.ToString());
        await world.HarvestAsync(document);
        return world;
    }

    private void Add(string bucket, string id)
    {
        if (!_ids.TryGetValue(bucket, out var ids))
        {
            _ids[bucket] = ids = [];
        }
        if (!ids.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            ids.Add(id);
        }
        if (Guid.TryParse(id, out _) && !AllIds.Contains(id))
        {
            AllIds.Add(id);
        }
    }

    /// <summary>The route name of the record a property such as <c>learnerId</c> or <c>recommendedOfferingIds</c> points at.</summary>
    public static string? BucketOf(string property)
    {
        var name = property.EndsWith("Ids", StringComparison.Ordinal) ? property[..^3] : property.EndsWith("Id", StringComparison.Ordinal) ? property[..^2] : null;
        return name switch
        {
            null => null,
            "learner" or "manager" or "mentor" or "person" or "facilitator" or "coordinator" or "member" or "owner" or "actor" or "subjectPerson"
                or "suggestedCoordinator" or "byPerson" or "aboutPerson" or "aboutMember" or "createdBy" or "uploadedBy" => "people",
            "need" or "followsNeed" or "followOnNeed" => "development-needs",
            "businessNeed" => "business-needs",
            "orgUnit" or "parent" or "department" => "org-units",
            "provider" => "providers",
            "offering" or "recommendedOffering" => "offerings",
            "learningSet" or "set" => "learning-sets",
            "discussion" => "discussions",
            "contract" => "contracts",
            "review" or "raisedInReview" or "doneInReview" => "progress-reviews",
            "option" or "adoptedAsOption" => "solution-options",
            "programme" => "corporate-programmes",
            _ => null,
        };
    }

    // Nested lists hold records another route addresses by its own name.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["options"] = "solution-options",
        ["team"] = "people",
        ["impact-review"] = "impact-reviews",
        ["files"] = "evidence-files",
    };

    /// <summary>
    /// Reads back, as admin, every list without a path parameter and then every list under a record that has one,
    /// filing each item's id under the route's last literal segment (the name the record's own route starts with).
    /// </summary>
    private async Task HarvestAsync(FuzzDocument document)
    {
        var gets = document.Operations.Where(operation => operation.Method == "GET" && !operation.Path.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        foreach (var round in new[] { false, true })
        {
            foreach (var operation in gets.Where(operation => operation.Path.Contains('{') == round))
            {
                var segments = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
                var path = operation.Path;
                if (round)
                {
                    // /api/{segment}/{id}/... reads the records found in the first round.
                    var parents = IdsOf(segments[1]);
                    var parent = parents.Count > 0 ? parents[0] : null;
                    if (parent is null || segments.Count(segment => segment.StartsWith('{')) != 1 || !segments[2].StartsWith('{'))
                    {
                        continue;
                    }
                    path = path.Replace(segments[2], parent, StringComparison.Ordinal);
                }
                var literal = segments.Last(segment => !segment.StartsWith('{'));
                var bucket = Aliases.GetValueOrDefault(literal, literal);
                var response = await Admin.Http.GetAsync(path + (operation.Parameters.Any(parameter => parameter.Name == "limit") ? "?limit=2" : ""));
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json")
                {
                    continue;
                }
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String)
                {
                    Cursors.Add(next.GetString()!);
                }
                Collect(json, bucket, topLevel: true);
            }
        }
    }

    private void Collect(JsonElement json, string bucket, bool topLevel)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in json.EnumerateArray())
                {
                    Collect(item, bucket, topLevel);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && Guid.TryParse(property.Value.GetString(), out _))
                    {
                        // "id" of a list's item is the record; "learnerId", "offeringId"... name the record they point at.
                        var target = property.Name == "id" && topLevel ? bucket : BucketOf(property.Name);
                        if (target is not null)
                        {
                            Add(target, property.Value.GetString()!);
                        }
                        else
                        {
                            AllIds.Add(property.Value.GetString()!);
                        }
                    }
                    else if (property.Name == "code" && property.Value.ValueKind == JsonValueKind.String && bucket == "solution-types")
                    {
                        Add("code", property.Value.GetString()!);
                    }
                    else if (property.Name == "name" && property.Value.ValueKind == JsonValueKind.String && bucket == "reports")
                    {
                        Add("name", property.Value.GetString()!);
                    }
                    else if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                    {
                        // Items of a page sit under "items"; deeper objects are parts of a record, not records.
                        Collect(property.Value, bucket, topLevel && property.Name is "items" or "reviews" or "meetings" or "members" or "sets");
                    }
                }
                break;
        }
    }
}
