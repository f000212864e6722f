using Mediator;
using WbL.Modules.SolutionSelection.Features.CreateProvider;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.UpdateProvider;

[RequiresRole(Roles.HR)]
internal sealed record UpdateProviderCommand(
    Guid Id,
    string Name,
    string Kind,
    bool? Preferred,
    DateOnly? PreferredReviewOn,
    IReadOnlyList<string> Accreditations,
    string? ContactName,
    string? ContactEmail,
    string? Website,
    bool? Active,
    int Version) : ICommand<ProviderResponse>, IProviderFields;
