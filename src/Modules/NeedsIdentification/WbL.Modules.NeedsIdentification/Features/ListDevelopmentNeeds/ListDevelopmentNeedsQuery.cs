using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

/// <summary>
/// A page of needs plus counts over the whole list: private aspirations the caller may not see
/// are left out of the items but still counted, so reports stay complete without naming them.
/// </summary>
public sealed record DevelopmentNeedPage(IReadOnlyList<DevelopmentNeedResponse> Items, string? Next, int Total, int HiddenPrivate);

/// <summary>Every need the caller may see: their own and their line's; for HR and Admin, everyone's.</summary>
[AllowAnySignedInUser]
internal sealed record ListDevelopmentNeedsQuery(string? Status, int? Limit, string? After) : IQuery<DevelopmentNeedPage>;
