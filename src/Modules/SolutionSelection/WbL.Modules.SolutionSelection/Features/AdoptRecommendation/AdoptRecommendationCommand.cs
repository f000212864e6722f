using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.SolutionSelection.Features.AdoptRecommendation;

/// <summary>The line manager turns an offering HR recommended into an option for the need, in one step.</summary>
internal sealed record AdoptRecommendationCommand(Guid Id, Guid OfferingId) : ICommand<SolutionOptionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.AdviceRequest;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
