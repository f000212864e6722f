using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.GetPerson;

/// <summary>The directory entry: anyone may look up a colleague (e.g. to name a mentor).</summary>
[AllowAnySignedInUser]
internal sealed record GetPersonQuery(Guid Id) : IQuery<PersonResponse>;
