using WbL.Api.Auth;
using WbL.Modules.Organisation.Contracts;

namespace WbL.Fixtures.SharedKernel;

internal static class KernelHelperUsingModuleContracts
{
    public static Type Sessions => typeof(IAuthSessions);
}

internal static class KernelHelperUsingHost
{
    public static SignInOptionsResponse PasswordOnly => new(Password: true, SingleSignOn: false);
}

internal static class KernelHelperUsingNothing
{
    public static string Describe(Guid id) => id.ToString("N");
}
