using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.GetMe;

[AllowAnySignedInUser]
internal sealed record GetMeQuery(Guid PersonId) : IQuery<MeResponse>;
