using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>
/// Applies an HRIS export: every row of the file in one transaction, or none of them. <see cref="Content"/> is the request
/// body, read by the handler after the role check; the audit trail keeps its size and type, not the file.
/// </summary>
[RequiresRole(WbL.SharedKernel.Authorization.Roles.Admin)]
internal sealed record ImportPeopleCommand(string? ContentType, long? Length, Stream Content) : ICommand<PeopleImportResponse>, IImportUpload;

internal interface IImportUpload
{
    string? ContentType { get; }

    long? Length { get; }

    Stream Content { get; }
}
