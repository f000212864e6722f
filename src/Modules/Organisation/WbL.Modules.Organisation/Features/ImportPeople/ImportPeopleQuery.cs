using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>
/// The dry run of an import: what each row would do. A query, so that it runs outside any transaction and leaves no trace,
/// not even an audit entry.
/// </summary>
[RequiresRole(WbL.SharedKernel.Authorization.Roles.Admin)]
internal sealed record ImportPeopleQuery(string? ContentType, long? Length, Stream Content) : IQuery<PeopleImportResponse>, IImportUpload;
