using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.GetAdviceRequest;

/// <summary>The learner's reporting line and HR (who read every learner's records) may read it.</summary>
internal sealed record GetAdviceRequestQuery(Guid Id) : IQuery<AdviceRequestResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.AdviceRequest;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
