using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed record SolutionType(string Code, string Name, int Position, bool Active, int Version);

public sealed record Provider(
    Guid Id, string Name, string Kind, bool Preferred, DateOnly? PreferredReviewOn, string[] Accreditations, string? ContactName,
    string? ContactEmail, string? Website, bool Active, int OfferingCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

public sealed record Offering(
    Guid Id, Guid ProviderId, string ProviderName, bool PreferredProvider, bool ProviderActive, string Title, string SolutionType,
    string SolutionTypeName, bool Accredited, string? Qualification, string Duration, decimal Cost, string DeliveryMode, bool Active,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>
/// The provider register is organisation-wide, so every test class shares it with its other tests:
/// names and codes get a random part, and lists are filtered down to what the test made.
/// </summary>
public static class CatalogueArrange
{
    /// <summary>Seeded by the schema, in list order.</summary>
    public static readonly string[] SeededTypes =
        ["WorkShadowing", "CoachingOrMentoring", "WorkPlacement", "Secondment", "InHouseProgramme", "ExternalTraining", "ELearning", "ActionLearningSet"];

    /// <summary>A word no other test uses; letters only, so it also makes a valid solution-type code.</summary>
    public static string Unique(string stem) =>
        stem + new string(Guid.NewGuid().ToString("N").Select(digit => (char)('a' + Convert.ToInt32(digit.ToString(), 16))).Take(10).ToArray());

    public static object ProviderBody(string name, string kind = "FeCollege", bool preferred = false, string? preferredReviewOn = null,
        string[]? accreditations = null, string? contactEmail = "courses@college.test", string? website = "https://college.test/courses", bool active = true) => new
    {
        name,
        kind,
        preferred,
        preferredReviewOn,
        accreditations = accreditations ?? ["Ofsted Good", "ILM Approved Centre"],
        contactName = "Pat Courses",
        contactEmail,
        website,
        active,
    };

    public static async Task<Provider> CreateProviderAsync(this ApiClient hr, string name, string kind = "FeCollege", bool preferred = false,
        string? preferredReviewOn = null, bool active = true) =>
        await (await hr.Http.PostAsJsonAsync("/api/providers", ProviderBody(name, kind, preferred, preferredReviewOn, active: active)))
            .ReadAs<Provider>(HttpStatusCode.Created);

    public static object OfferingBody(string title, string solutionType = "ExternalTraining", bool accredited = true,
        string? qualification = "ILM Level 3 Award in Leadership", decimal? cost = 1250.50m, string deliveryMode = "Blended", bool active = true) => new
    {
        title,
        solutionType,
        accredited,
        qualification,
        duration = "3 days",
        cost,
        deliveryMode,
        active,
    };

    public static async Task<Offering> CreateOfferingAsync(this ApiClient hr, Guid providerId, string title, string solutionType = "ExternalTraining", bool active = true) =>
        await (await hr.Http.PostAsJsonAsync($"/api/providers/{providerId}/offerings", OfferingBody(title, solutionType, active: active)))
            .ReadAs<Offering>(HttpStatusCode.Created);

    public static async Task<SolutionType> CreateSolutionTypeAsync(this ApiClient hr, string code, string name) =>
        await (await hr.Http.PostAsJsonAsync("/api/solution-types", new { code, name })).ReadAs<SolutionType>(HttpStatusCode.Created);

    public static object UpdateBody(Provider provider, string? name = null, bool? preferred = null, string? preferredReviewOn = null, bool? active = null) => new
    {
        name = name ?? provider.Name,
        provider.Kind,
        preferred = preferred ?? provider.Preferred,
        preferredReviewOn = preferredReviewOn ?? provider.PreferredReviewOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        provider.Accreditations,
        provider.ContactName,
        provider.ContactEmail,
        provider.Website,
        active = active ?? provider.Active,
        provider.Version,
    };

    public static object UpdateBody(Offering offering, string? title = null, string? solutionType = null, bool? active = null, int? version = null) => new
    {
        title = title ?? offering.Title,
        solutionType = solutionType ?? offering.SolutionType,
        offering.Accredited,
        offering.Qualification,
        offering.Duration,
        offering.Cost,
        offering.DeliveryMode,
        active = active ?? offering.Active,
        version = version ?? offering.Version,
    };
}
