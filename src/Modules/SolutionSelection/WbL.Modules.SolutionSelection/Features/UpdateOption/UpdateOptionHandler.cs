using Dapper;
using Mediator;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.UpdateOption;

internal sealed class UpdateOptionHandler(IDbSession session, IDevelopmentNeeds needs, ILearningSetCatalogue sets, TimeProvider clock)
    : ICommandHandler<UpdateOptionCommand, SolutionOptionResponse>
{
    private const string UpdateSql = """
        UPDATE ss_options
        SET solution_type = @SolutionType, description = @Description, offering_id = @OfferingId, learning_set_id = @LearningSetId,
            knowledge_rating = @KnowledgeRating, knowledge_note = @KnowledgeNote, skill_rating = @SkillRating, skill_note = @SkillNote,
            behaviour_rating = @BehaviourRating, behaviour_note = @BehaviourNote, transfer_rating = @TransferRating,
            sustainability_rating = @SustainabilityRating, cost = @Cost, hours_away = @HoursAway, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<SolutionOptionResponse> Handle(UpdateOptionCommand command, CancellationToken cancellationToken)
    {
        var current = await Options.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        if (current.ProgrammeId is not null)
        {
            throw new StateConflictException("This option is a place on a corporate programme; HR manages it.");
        }
        await Options.OpenForSelectionAsync(needs, current.NeedId, cancellationToken);
        await Options.CheckReferencesAsync(session, command.SolutionType, command.OfferingId, cancellationToken);
        await Options.CheckLearningSetAsync(sets, command.LearningSetId, current.LearningSetId, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            command.SolutionType,
            Description = command.Description.Trim(),
            command.OfferingId,
            command.LearningSetId,
            command.KnowledgeRating,
            KnowledgeNote = OptionWriter.Blank(command.KnowledgeNote),
            command.SkillRating,
            SkillNote = OptionWriter.Blank(command.SkillNote),
            command.BehaviourRating,
            BehaviourNote = OptionWriter.Blank(command.BehaviourNote),
            command.TransferRating,
            command.SustainabilityRating,
            command.Cost,
            command.HoursAway,
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Solution option");
        }
        return await Options.FindAsync(session, sets, command.Id, cancellationToken) ?? throw new NotFoundException("Solution option", command.Id);
    }
}
