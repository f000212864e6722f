using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.DownloadCalendar;

/// <summary>
/// A calendar app fetches the feed without a session: the secret token in the link is the credential, and it names the
/// person whose dates it holds. Unknown or revoked tokens are not found.
/// </summary>
[AllowAnonymousRequest]
internal sealed record DownloadCalendarQuery(string Token, string SiteUrl) : IQuery<string>;
