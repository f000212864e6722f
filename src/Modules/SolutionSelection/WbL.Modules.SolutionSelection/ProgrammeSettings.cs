using Microsoft.Extensions.Configuration;

namespace WbL.Modules.SolutionSelection;

/// <summary>How many open needs must share a competency before HR is shown them as a corporate programme candidate.</summary>
internal sealed record ProgrammeSettings(int CandidateThreshold)
{
    public const int DefaultCandidateThreshold = 3;

    public static ProgrammeSettings From(IConfiguration configuration)
    {
        var threshold = configuration.GetValue("Wbl:CorporateProgrammes:CandidateThreshold", DefaultCandidateThreshold);
        return new ProgrammeSettings(threshold < 2 ? DefaultCandidateThreshold : threshold);
    }
}
