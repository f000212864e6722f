namespace WbL.Modules.LearnerContracts.Features.CreateContract;

/// <summary>The terms as a client sends them; checked by <see cref="ContractTermsValidator"/> before they become <see cref="ContractTerms"/>.</summary>
public sealed record ContractTermsInput(
    IReadOnlyList<string>? LearningOutcomes,
    DateOnly? StartDate,
    DateOnly? EndDate,
    decimal? HoursPerWeek,
    int? StudyDays,
    int? ReviewCadenceWeeks,
    DateOnly? FirstReviewOn,
    IReadOnlyList<string>? CurriculumTopics,
    IReadOnlyList<string>? AssignmentTopics,
    Guid? MentorId,
    decimal? Cost,
    string? MeasureName,
    string? MeasureUnit,
    decimal? BaselineValue,
    DateOnly? BaselineDate,
    IReadOnlyList<string>? SupportCommitments,
    string? SupportNotes)
{
    internal ContractTerms ToTerms() => new(
        [.. (LearningOutcomes ?? []).Select(Tidy)], StartDate!.Value, EndDate!.Value, HoursPerWeek ?? 0, StudyDays ?? 0, ReviewCadenceWeeks!.Value,
        FirstReviewOn!.Value, [.. (CurriculumTopics ?? []).Select(Tidy)], [.. (AssignmentTopics ?? []).Select(Tidy)], MentorId, Cost ?? 0,
        Tidy(MeasureName ?? ""), Tidy(MeasureUnit ?? ""), BaselineValue!.Value, BaselineDate!.Value,
        [.. (SupportCommitments ?? []).Distinct(StringComparer.Ordinal)], string.IsNullOrWhiteSpace(SupportNotes) ? null : SupportNotes.Trim());

    private static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
