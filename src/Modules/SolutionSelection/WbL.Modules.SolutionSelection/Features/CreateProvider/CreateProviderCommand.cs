using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.CreateProvider;

[RequiresRole(Roles.HR)]
internal sealed record CreateProviderCommand(
    string Name,
    string Kind,
    bool? Preferred,
    DateOnly? PreferredReviewOn,
    IReadOnlyList<string> Accreditations,
    string? ContactName,
    string? ContactEmail,
    string? Website,
    bool? Active) : ICommand<ProviderResponse>, IProviderFields;
