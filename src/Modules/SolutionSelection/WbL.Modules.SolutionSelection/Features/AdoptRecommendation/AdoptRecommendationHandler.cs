using Dapper;
using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.AdoptRecommendation;

internal sealed class AdoptRecommendationHandler(IDbSession session, IDevelopmentNeeds needs, OptionWriter writer, ICurrentUser currentUser, ILearningSetCatalogue sets)
    : ICommandHandler<AdoptRecommendationCommand, SolutionOptionResponse>
{
    private const string RecommendedOfferingSql = """
        SELECT f.id, f.title, f.solution_type, f.cost, f.duration, p.name AS provider_name
        FROM ss_advice_recommendations r
        INNER JOIN ss_offerings f ON f.id = r.offering_id
        INNER JOIN ss_providers p ON p.id = f.provider_id
        WHERE r.request_id = @RequestId AND r.offering_id = @OfferingId
        """;

    private const string AlreadyAnOptionSql = "SELECT COUNT(1) FROM ss_options WHERE need_id = @NeedId AND offering_id = @OfferingId";

    public async ValueTask<SolutionOptionResponse> Handle(AdoptRecommendationCommand command, CancellationToken cancellationToken)
    {
        var request = await AdviceRequests.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Advice request", command.Id);
        var connection = await session.ConnectionAsync(cancellationToken);
        var offering = await connection.QuerySingleOrDefaultAsync<OfferingRow>(new CommandDefinition(
                RecommendedOfferingSql, new { RequestId = request.Id, command.OfferingId }, session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Recommended offering", command.OfferingId);
        var need = await Options.OpenForSelectionAsync(needs, request.NeedId, cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                AlreadyAnOptionSql, new { NeedId = need.Id, command.OfferingId }, session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw new StateConflictException("This offering is already one of the need's options.");
        }

        var fields = new UnappraisedOption(offering.SolutionType, $"{offering.Title} ({offering.ProviderName}, {offering.Duration}), recommended by HR", offering.Id, offering.Cost);
        var id = await writer.InsertAsync(need.Id, need.LearnerId, fields, null, currentUser.PersonId, OptionStatuses.Proposed, null, cancellationToken);
        return await Options.FindAsync(session, sets, id, cancellationToken) ?? throw new NotFoundException("Solution option", id);
    }


    private sealed class OfferingRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string SolutionType { get; init; } = "";
        public decimal Cost { get; init; }
        public string Duration { get; init; } = "";
        public string ProviderName { get; init; } = "";
    }
}
