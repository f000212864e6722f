using System.Text.Json;

namespace WbL.Modules.LearnerContracts;

/// <summary>
/// The terms learner and manager sign. Kept whole in each version, so every version stays readable
/// exactly as it was signed, and two versions can be compared field by field.
/// </summary>
public sealed record ContractTerms(
    IReadOnlyList<string> LearningOutcomes,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal HoursPerWeek,
    int StudyDays,
    int ReviewCadenceWeeks,
    DateOnly FirstReviewOn,
    IReadOnlyList<string> CurriculumTopics,
    IReadOnlyList<string> AssignmentTopics,
    Guid? MentorId,
    decimal Cost,
    string MeasureName,
    string MeasureUnit,
    decimal BaselineValue,
    DateOnly BaselineDate,
    IReadOnlyList<string> SupportCommitments,
    string? SupportNotes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialise() => JsonSerializer.Serialize(this, Json);

    public static ContractTerms Deserialise(string json) =>
        JsonSerializer.Deserialize<ContractTerms>(json, Json) ?? throw new InvalidOperationException("A contract version holds no terms.");
}
