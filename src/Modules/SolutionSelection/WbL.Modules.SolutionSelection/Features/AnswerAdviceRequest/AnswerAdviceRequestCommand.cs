using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.AnswerAdviceRequest;

[RequiresRole(Roles.HR)]
internal sealed record AnswerAdviceRequestCommand(Guid Id, string Answer, IReadOnlyList<Guid> RecommendedOfferingIds, int Version) : ICommand<AdviceRequestResponse>;
