using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WbL.IntegrationTests.Fuzz;

/// <summary>One generated request: what was sent, and which change to a valid request it carries.</summary>
public sealed record FuzzCase(FuzzOperation Operation, string Url, string? ContentType, byte[]? Body, string Mutation)
{
    public string BodyPreview(int length = 300)
    {
        if (Body is null)
        {
            return "(no body)";
        }
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, length * 4));
        return text.Length > length ? $"{text[..length]}… ({Body.Length} bytes)" : text;
    }
}

/// <summary>
/// Builds valid requests from the schemas of the OpenAPI document and then spoils one part of them: a wrong type,
/// a huge string, an unknown enum value, an invalid id or date, nulls, a missing required member, deep nesting,
/// an array for an object, SQL and script payloads, negative and overflowing numbers, bogus paging.
/// </summary>
public sealed class FuzzRequests(FuzzDocument document, FuzzWorld world, Random random)
{
    private const string Today = "2026-11-02";

    private static readonly string[] Payloads =
    [
        "' OR 1=1 --", "'; DROP TABLE org_people; --", "\" OR \"\"=\"", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "\u0000", "a\u0000b", "\u202E\uFEFF", "\uD800", "../../../../etc/passwd", "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n", "\r\n\r\nX: y",
        "😀🎉", "NULL", "null", "undefined", "   ", "",
    ];

    private static readonly string[] BadGuids =
    [
        "not-a-guid", "00000000-0000-0000-0000-00000000000g", "12345678-1234-1234-1234-1234567890123", "{12345678-1234-1234-1234-12345678901}",
        "1", "' OR 1=1 --", "", " ", "00000000000000000000000000000000000000000000",
    ];

    private static readonly string[] BadDates =
    [
        "2026-02-30", "2026-13-01", "9999-99-99", "0000-01-01", "yesterday", "2026/11/02", "02/11/2026", "2026-11-02T25:61:00Z", "", "-1",
        "99999-01-01", "2026-11-02T09:00:00+25:00", "1e10",
    ];

    private static readonly string[] ExtremeDates = ["0001-01-01", "9999-12-31", "1753-01-01", "1900-01-01", "2100-12-31"];

    private static readonly string[] ExtremeDateTimes = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00-14:00"];

    // Raw text so that values beyond any .NET number type reach the server exactly as written.
    private static readonly string[] BadNumbers =
    [
        "-1", "0", "-2147483648", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "1e308", "-1e308", "1e400", "79228162514264337593543950336", "0.0000000000000000000000000000001", "1.5", "-0", "1e-400", "12345678901234567890123456789",
    ];

    // Names whose strings are enum values; valid examples come from the existing tests' arrangements.
    private static readonly Dictionary<string, string[]> KnownStrings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = ["Team", "Department", "OneToOne", "FeCollege"],
        ["priority"] = ["High", "Medium", "Low"],
        ["origin"] = ["PerformanceGap", "BusinessRequirement"],
        ["solutionType"] = ["ExternalTraining", "WorkShadowing", "ActionLearningSet"],
        ["outcome"] = ["Completed"],
        ["method"] = ["Estimate"],
        ["supportCommitments"] = ["StudyTime", "ChampionIdeas"],
        ["roles"] = ["HR", "Facilitator"],
        ["status"] = ["Open", "Draft", "Active", "Forming", "Running", "Closed"],
        ["format"] = ["csv", "json"],
        ["decision"] = ["Adopt", "Decline"],
        ["rating"] = ["Good", "Excellent"],
        ["email"] = ["fuzz@wbl.test"],
        ["password"] = ["Fuzz-Password-1"],
        ["measureUnit"] = ["%"],
    };

    public FuzzCase Next(FuzzOperation operation)
    {
        // Most cases spoil one thing; some are valid so that the handlers behind validation run too.
        var roll = random.Next(100);
        var spoilBody = (operation.HasJsonBody || operation.HasRawBody) && roll < 55;
        var spoilParameters = roll >= 40 && roll < 90 || !spoilBody && roll < 55;
        var mutations = new List<string>();
        var url = Url(operation, spoilParameters, mutations);
        string? contentType = null;
        byte[]? body = null;
        if (operation.HasJsonBody)
        {
            contentType = "application/json";
            body = JsonBody(operation, spoilBody, mutations, ref contentType);
        }
        else if (operation.HasRawBody)
        {
            contentType = operation.BodyContentType == "*/*" ? "text/plain" : operation.BodyContentType;
            body = RawBody(spoilBody, mutations, ref contentType);
        }
        return new FuzzCase(operation, url, contentType, body, mutations.Count == 0 ? "valid" : string.Join("; ", mutations));
    }

    private string Url(FuzzOperation operation, bool spoil, List<string> mutations)
    {
        var spoiled = spoil && operation.Parameters.Count > 0 ? operation.Parameters[random.Next(operation.Parameters.Count)] : null;
        if (operation.Parameters.Count == 0 && spoil)
        {
            mutations.Add("query: unknown parameter");
        }
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var bad = ReferenceEquals(parameter, spoiled) || spoil && random.Next(6) == 0;
            if (parameter.In == "path")
            {
                var value = bad ? BadPathValue(parameter, mutations) : ValidPathValue(operation, parameter);
                path = path.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
            }
            else if (parameter.In == "query")
            {
                if (bad)
                {
                    var value = BadQueryValue(parameter);
                    mutations.Add($"query {parameter.Name}={Short(value)}");
                    query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
                }
                else if (parameter.Required || random.Next(2) == 0)
                {
                    if (ValidQueryValue(parameter) is { } value)
                    {
                        query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
                    }
                }
            }
        }
        if (operation.Parameters.Count == 0 && spoil)
        {
            query.Add($"limit={Uri.EscapeDataString(Pick(BadNumbers))}&x={Uri.EscapeDataString(Pick(Payloads))}");
        }
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private string ValidPathValue(FuzzOperation operation, FuzzParameter parameter)
    {
        var segments = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, $"{{{parameter.Name}}}");
        var bucket = parameter.Name switch
        {
            "id" => segments[at - 1],
            "code" or "name" => parameter.Name,
            _ => FuzzWorld.BucketOf(parameter.Name) ?? parameter.Name,
        };
        var ids = world.IdsOf(bucket);
        // Writing to an actor's own person record could sign the run out; other people's records take the writes.
        if (bucket == "people" && operation.Method != "GET")
        {
            ids = ids.Where(id => !world.ActorIds.Contains(id)).ToList();
        }
        if (ids.Count > 0 && random.Next(5) != 0)
        {
            return Uri.EscapeDataString(ids[random.Next(ids.Count)]);
        }
        return parameter.Format == "uuid" || parameter.Name == "id" ? Guid.NewGuid().ToString() : Uri.EscapeDataString($"unknown-{random.Next(1000)}");
    }

    private string BadPathValue(FuzzParameter parameter, List<string> mutations)
    {
        string[] values =
        [
            // No %00: the in-memory test host throws on a NUL in the path before the app runs (Kestrel answers 400 itself).
            "not-a-guid", "' OR 1=1 --", "%20", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", new string('a', 2000), "00000000-0000-0000-0000-000000000000",
            Guid.NewGuid().ToString(), "12345678-1234-1234-1234-1234567890123", "<script>alert(1)</script>", "-1", "2147483648", "%F0%9F%98%80", "null",
            Guid.NewGuid().ToString().ToUpperInvariant(), $"{{{Guid.NewGuid()}}}", Guid.NewGuid().ToString("N"),
        ];
        var value = Pick(values);
        mutations.Add($"path {parameter.Name}={Short(value)}");
        // Already escaped where it needs to be: %-sequences are sent as they are, to reach the router raw.
        return value.Contains('%') ? value : Uri.EscapeDataString(value);
    }

    private string? ValidQueryValue(FuzzParameter parameter) => (parameter.Name, parameter.Type, parameter.Format) switch
    {
        ("limit", _, _) => Pick(["1", "2", "50", "200"]),
        ("after", _, _) => world.Cursors.Count > 0 ? Pick(world.Cursors) : null,
        (_, _, "uuid") => ValidId(FuzzWorld.BucketOf(parameter.Name) ?? parameter.Name),
        (_, _, "date-time") => "2026-10-01T00:00:00Z",
        (_, _, "date") => Pick(["2026-01-01", Today]),
        (_, "integer", _) => "0",
        (_, "boolean", _) => Pick(["true", "false"]),
        ("fileName", _, _) => "evidence.txt",
        ("groupBy", _, _) => Pick(["department", "month", "provider"]),
        ("recordType", _, _) or ("entity", _, _) => Pick(["contract", "development-need", "person"]),
        _ => KnownStrings.TryGetValue(parameter.Name, out var known) ? Pick(known) : "a",
    };

    private string BadQueryValue(FuzzParameter parameter)
    {
        if (parameter.Name == "after")
        {
            var cursor = world.Cursors.Count > 0 ? Pick(world.Cursors) : "AAAA";
            string[] cursors =
            [
                "!!!", "AAAA", "=", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"a\":1}")), Convert.ToBase64String(Encoding.UTF8.GetBytes("garbage|1|2")),
                Convert.ToBase64String(RandomBytes(200)), new string('A', 10_000), "' OR 1=1 --", cursor[..^1] + (cursor[^1] == 'A' ? 'B' : 'A'),
                cursor + "AAAA", cursor[..(cursor.Length / 2)], Convert.ToBase64String(Encoding.UTF8.GetBytes($"9999-12-31T23:59:59Z|{Guid.NewGuid()}")),
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"not-a-date|not-a-guid")), Convert.ToBase64String(Encoding.UTF8.GetBytes("\u0000")),
                "%", "\u0000",
            ];
            return Pick(cursors);
        }
        return (parameter.Type, parameter.Format) switch
        {
            ("integer", _) => Pick([.. BadNumbers, "abc", "", " 5 ", "0x10", "1e3", "5.5", "1,000"]),
            (_, "uuid") => Pick(BadGuids),
            (_, "date-time" or "date") => Pick([.. BadDates, .. ExtremeDates, .. ExtremeDateTimes]),
            ("boolean", _) => Pick(["maybe", "2", "", "TRUE ", "null"]),
            _ => random.Next(4) == 0 ? new string('x', 100_000 / 10) : Pick([.. Payloads, "NotAnEnumValue", "99", "-1"]),
        };
    }

    private byte[] RawBody(bool spoil, List<string> mutations, ref string? contentType)
    {
        if (!spoil)
        {
            return Encoding.UTF8.GetBytes("email,displayName,orgUnit\nfuzz.person@wbl.test,Fuzz Person,Nowhere/Else\n");
        }
        switch (random.Next(6))
        {
            case 0:
                mutations.Add("raw: random bytes");
                return RandomBytes(random.Next(1, 4000));
            case 1:
                mutations.Add("raw: empty");
                return [];
            case 2:
                mutations.Add("raw: payload CSV");
                return Encoding.UTF8.GetBytes($"email,displayName,orgUnit,roles,active,managerEmail\n{Pick(Payloads)},{Pick(Payloads)},{Pick(Payloads)},{Pick(Payloads)},maybe,{Pick(Payloads)}\n");
            case 3:
                mutations.Add("raw: unbalanced quotes and a huge field");
                return Encoding.UTF8.GetBytes($"email,displayName\n\"{new string('q', 100_000)},\"\"x\n");
            case 4:
                contentType = Pick(["application/json", "application/x-msdownload", "multipart/form-data; boundary=x", "text/html"]);
                mutations.Add($"raw: content type {contentType}");
                return Encoding.UTF8.GetBytes("{\"email\": \"x\"}");
            default:
                mutations.Add("raw: many empty columns");
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(",", 5000)) + "\n" + string.Concat(Enumerable.Repeat("\n", 2000)));
        }
    }

    private byte[] JsonBody(FuzzOperation operation, bool spoil, List<string> mutations, ref string? contentType)
    {
        var schema = operation.BodySchema is { } declared ? document.Resolve(declared) : default;
        var valid = schema.ValueKind == JsonValueKind.Object ? Valid(schema, "", operation, depth: 0) : new JsonObject();
        if (!spoil)
        {
            return Encoding.UTF8.GetBytes(valid?.ToJsonString() ?? "null");
        }

        switch (random.Next(20))
        {
            case 0:
                mutations.Add("body: deep nesting 200 levels");
                return Encoding.UTF8.GetBytes(Deep(200));
            case 1:
                mutations.Add("body: array where the object belongs");
                return Encoding.UTF8.GetBytes(new JsonArray(valid).ToJsonString());
            case 2:
                mutations.Add("body: nulls for every property");
                return Encoding.UTF8.GetBytes(NullEverything(valid).ToJsonString());
            case 3:
            {
                var text = Pick(["", "null", "\"text\"", "42", "true", "{", "{\"a\":}", "{\"version\": 1,}", "\u0000", "{\"version\": 01}", "{\"version\": NaN}",
                    "{\"version\": 1} {\"version\": 2}", "\uFEFF{}", "{\"version\": 1, \"version\": 2}", "{'version': 1}"]);
                mutations.Add($"body: raw text {Short(text)}");
                return Encoding.UTF8.GetBytes(text);
            }
            case 4:
                contentType = Pick(["text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=utf-16"]);
                mutations.Add($"body: content type {contentType}");
                return Encoding.UTF8.GetBytes(valid?.ToJsonString() ?? "{}");
            case 5:
                mutations.Add("body: extra unknown members");
                if (valid is JsonObject withExtra)
                {
                    withExtra["unknownMember"] = Pick(Payloads);
                    withExtra["nested"] = new JsonObject { ["deeper"] = new JsonArray(1, 2, 3) };
                }
                return Encoding.UTF8.GetBytes(valid?.ToJsonString() ?? "{}");
            default:
                var locations = new List<(JsonNode? Parent, object Key, JsonElement Schema, bool Required)>();
                Locate(valid, schema, locations);
                if (locations.Count == 0)
                {
                    mutations.Add("body: deep nesting in an empty body");
                    return Encoding.UTF8.GetBytes(Deep(200));
                }
                // Several spoiled members at once now and then; validators must report them all without tripping.
                var count = random.Next(4) == 0 ? Math.Min(locations.Count, random.Next(2, 6)) : 1;
                foreach (var (parent, key, memberSchema, required) in locations.OrderBy(_ => random.Next()).Take(count))
                {
                    Spoil(parent!, key, memberSchema, required, mutations);
                }
                return Encoding.UTF8.GetBytes((valid?.ToJsonString() ?? "null").Replace($"\"{DeepMarker}\"", Deep(200), StringComparison.Ordinal));
        }
    }

    private const string DeepMarker = "__deep_nesting__";

    private JsonNode? Valid(JsonElement schema, string name, FuzzOperation operation, int depth)
    {
        schema = document.Resolve(schema);
        switch (FuzzDocument.TypeOf(schema))
        {
            case "object" when depth < 6:
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    var required = FuzzDocument.RequiredOf(schema);
                    foreach (var property in properties.EnumerateObject())
                    {
                        // Optional members are sometimes left out, as a client may.
                        if (!required.Contains(property.Name) && random.Next(6) == 0)
                        {
                            continue;
                        }
                        result[property.Name] = Valid(property.Value, property.Name, operation, depth + 1);
                    }
                }
                return result;
            case "object":
                return new JsonObject();
            case "array":
                var items = new JsonArray();
                var element = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
                for (var i = random.Next(1, 3); i > 0 && element.ValueKind == JsonValueKind.Object; i--)
                {
                    items.Add(Valid(element, name, operation, depth + 1));
                }
                return items;
            case "integer":
                return name switch
                {
                    "version" or "versionNumber" => random.Next(1, 4),
                    "index" or "outcome" or "outcomeIndex" => random.Next(0, 2),
                    _ when name.EndsWith("Rating", StringComparison.Ordinal) => random.Next(1, 6),
                    _ => random.Next(0, 10),
                };
            case "number":
                return Math.Round(random.NextDouble() * 100, 2);
            case "boolean":
                return random.Next(2) == 0;
            case "string":
                return FuzzDocument.FormatOf(schema) switch
                {
                    "uuid" => ValidId(FuzzWorld.BucketOf(name) ?? name) ?? Guid.NewGuid().ToString(),
                    "date" => Pick(["2026-11-16", Today, "2026-12-14", "2027-02-26"]),
                    "date-time" => "2026-11-16T09:00:00Z",
                    _ when name == "email" => $"fuzz.{random.Next(1_000_000)}@wbl.test",
                    _ => KnownStrings.TryGetValue(name, out var known) ? Pick(known) : $"Fuzz {name} {random.Next(1000)}",
                };
            default:
                return null;
        }
    }

    private string? ValidId(string bucket)
    {
        var ids = world.IdsOf(bucket);
        if (ids.Count > 0 && random.Next(5) != 0)
        {
            return ids[random.Next(ids.Count)];
        }
        return world.AllIds.Count > 0 && random.Next(2) == 0 ? Pick(world.AllIds) : null;
    }

    /// <summary>Every member of the valid body with the schema that describes it, nested members and list items included.</summary>
    private void Locate(JsonNode? node, JsonElement schema, List<(JsonNode? Parent, object Key, JsonElement Schema, bool Required)> found)
    {
        schema = schema.ValueKind == JsonValueKind.Object ? document.Resolve(schema) : schema;
        if (node is JsonObject obj && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            var required = FuzzDocument.RequiredOf(schema);
            foreach (var property in properties.EnumerateObject())
            {
                found.Add((obj, property.Name, property.Value, required.Contains(property.Name)));
                if (obj.TryGetPropertyValue(property.Name, out var child))
                {
                    Locate(child, property.Value, found);
                }
            }
        }
        else if (node is JsonArray array && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < array.Count; i++)
            {
                found.Add((array, i, items, false));
                Locate(array[i], items, found);
            }
        }
    }

    private void Spoil(JsonNode parent, object key, JsonElement schema, bool required, List<string> mutations)
    {
        schema = document.Resolve(schema);
        var type = FuzzDocument.TypeOf(schema);
        var format = FuzzDocument.FormatOf(schema);
        var name = key.ToString();
        JsonNode? value;
        string what;
        switch (random.Next(12))
        {
            case 0:
                if (parent is JsonObject obj)
                {
                    obj.Remove(name!);
                    mutations.Add($"{name}: missing{(required ? " (required)" : "")}");
                    return;
                }
                (value, what) = (null, "null");
                break;
            case 1:
                (value, what) = (null, "null");
                break;
            case 2:
                // The wrong JSON type for the member.
                value = type switch
                {
                    "string" => Pick<JsonNode>([JsonValue.Create(12345), JsonValue.Create(true), new JsonObject(), new JsonArray("a")]),
                    "integer" or "number" => Pick<JsonNode>([JsonValue.Create("12"), JsonValue.Create("twelve"), JsonValue.Create(true), new JsonArray(1)]),
                    "boolean" => Pick<JsonNode>([JsonValue.Create("true"), JsonValue.Create(1), new JsonObject()]),
                    "array" => Pick<JsonNode>([JsonValue.Create("a,b"), new JsonObject { ["0"] = "a" }, JsonValue.Create(1)]),
                    _ => Pick<JsonNode>([new JsonArray(new JsonObject()), JsonValue.Create("object"), JsonValue.Create(1)]),
                };
                what = $"wrong type {value?.ToJsonString()}";
                break;
            case 3:
                value = JsonValue.Create(new string(Pick(['x', 'é', '\'']), Pick([100_000, 4001, 2001, 1001, 513, 257, 201])));
                what = $"string of {value!.GetValue<string>().Length} chars";
                break;
            case 4:
                value = JsonValue.Create(Pick(Payloads));
                what = $"payload {value!.ToJsonString()}";
                break;
            case 5:
                // Written in after serialisation, which would refuse to write that deep itself.
                value = JsonValue.Create(DeepMarker);
                what = "deep nesting 200 levels";
                break;
            case 6 when type == "array":
                var many = new JsonArray();
                var count = Pick([1000, 5000]);
                for (var i = 0; i < count; i++)
                {
                    many.Add(Pick(["a", "b"]));
                }
                (value, what) = (many, $"array of {count} items");
                break;
            default:
                value = (type, format) switch
                {
                    ("string", "uuid") => JsonValue.Create(Pick(BadGuids)),
                    ("string", "date") => JsonValue.Create(Pick([.. BadDates, .. ExtremeDates, "2026-11-02T09:00:00Z"])),
                    ("string", "date-time") => JsonValue.Create(Pick([.. BadDates, .. ExtremeDateTimes, Today])),
                    ("string", _) => JsonValue.Create(Pick(["NotAnEnumValue", "99", "-1", "high", "HIGH", " High", "High,Low", "0"])),
                    ("integer" or "number", _) => JsonNode.Parse(Pick(BadNumbers)),
                    ("boolean", _) => JsonValue.Create(Pick(["yes", "1"])),
                    ("array", _) => new JsonArray(JsonValue.Create(Pick(["NotAnEnumValue", "", "' OR 1=1 --"])), null),
                    _ => new JsonArray(),
                };
                // An integer where an enum's name belongs: System.Text.Json reads numbers into enums unless told not to.
                if (type == "string" && format is null && random.Next(3) == 0)
                {
                    value = JsonValue.Create(Pick([99, -1, 0, 2147483647]));
                }
                what = $"boundary {value?.ToJsonString() ?? "null"}";
                break;
        }
        mutations.Add($"{name}: {Short(what)}");
        switch (parent)
        {
            case JsonObject obj:
                obj[name!] = value;
                break;
            case JsonArray array:
                array[(int)key] = value;
                break;
        }
    }

    private static JsonObject NullEverything(JsonNode? node)
    {
        var result = new JsonObject();
        if (node is JsonObject obj)
        {
            foreach (var (name, _) in obj)
            {
                result[name] = null;
            }
        }
        return result;
    }

    private static string Deep(int levels) =>
        string.Concat(Enumerable.Repeat("{\"a\":[", levels)) + "1" + string.Concat(Enumerable.Repeat("]}", levels));

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static string Short(string value) => value.Length > 40 ? $"{value[..40].Replace("\u0000", "\\0", StringComparison.Ordinal)}…({value.Length})" : value.Replace("\u0000", "\\0", StringComparison.Ordinal);
}
