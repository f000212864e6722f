using Microsoft.Extensions.Configuration;

namespace WbL.Modules.Organisation.Auth;

internal sealed record SessionSettings(TimeSpan Lifetime)
{
    public static SessionSettings From(IConfiguration configuration) =>
        new(TimeSpan.FromHours(configuration.GetValue("Wbl:Auth:SessionHours", 10)));
}
