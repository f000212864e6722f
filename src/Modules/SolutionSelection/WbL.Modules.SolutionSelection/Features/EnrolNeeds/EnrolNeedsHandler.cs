using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.EnrolNeeds;

internal sealed class EnrolNeedsHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, OptionWriter writer, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<EnrolNeedsCommand, ProgrammeResponse>
{
    private const string OfferingTypeSql = "SELECT solution_type FROM ss_offerings WHERE id = @Id";

    private const string InsertEnrolmentSql = """
        INSERT INTO ss_programme_enrolments (programme_id, need_id, option_id, learner_id, enrolled_by, enrolled_at)
        VALUES (@ProgrammeId, @NeedId, @OptionId, @LearnerId, @By, @Now)
        """;

    private const string InHouseProgramme = "InHouseProgramme";

    public async ValueTask<ProgrammeResponse> Handle(EnrolNeedsCommand command, CancellationToken cancellationToken)
    {
        var programme = await Programmes.FindRowAsync(session, command.ProgrammeId, cancellationToken) ?? throw new NotFoundException("Corporate programme", command.ProgrammeId);
        if (programme.Status == "Completed")
        {
            throw new StateConflictException("The programme has completed; it takes no more places.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var solutionType = programme.OfferingId is { } offeringId
            ? await connection.ExecuteScalarAsync<string>(new CommandDefinition(OfferingTypeSql, new { Id = offeringId }, session.Transaction, cancellationToken: cancellationToken))
            : null;
        var fields = new UnappraisedOption(solutionType ?? InHouseProgramme, $"Corporate programme: {programme.Title}", programme.OfferingId, programme.CostPerHead);

        for (var index = 0; index < command.NeedIds.Count; index++)
        {
            var need = await needs.FindAsync(command.NeedIds[index], cancellationToken);
            if (need is null || need.IsPrivate)
            {
                throw Validation.Fail($"needIds[{index}]", "That need does not exist.");
            }
            if (need.Status != "Identified")
            {
                throw Validation.Fail($"needIds[{index}]", $"\"{need.Title}\" already has a solution selected or is past that stage.");
            }
            var optionId = await writer.InsertAsync(need.Id, need.LearnerId, fields, programme.Id, currentUser.PersonId, OptionStatuses.Selected,
                $"Enrolled in the corporate programme \"{programme.Title}\".", cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(InsertEnrolmentSql, new
            {
                ProgrammeId = programme.Id,
                NeedId = need.Id,
                OptionId = optionId,
                need.LearnerId,
                By = currentUser.PersonId,
                Now = clock.GetUtcNow(),
            }, session.Transaction, cancellationToken: cancellationToken));
            await needs.MarkSolutionSelectedAsync(need.Id, currentUser.PersonId, $"Corporate programme: {programme.Title}", cancellationToken);
        }
        return await Programmes.FindAsync(session, dialect, directory, programme.Id, cancellationToken) ?? throw new NotFoundException("Corporate programme", programme.Id);
    }
}
