using FluentValidation;

namespace WbL.Modules.LearningSets.Features.UpdateMeeting;

internal sealed class UpdateMeetingValidator : AbstractValidator<UpdateMeetingCommand>
{
    private const int TextLimit = 4000;

    public UpdateMeetingValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command.Attendance).Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("List each member present once.");
        RuleFor(command => command.AirTimeMinutes).Must(entries => entries.Select(entry => entry.MemberId).Distinct().Count() == entries.Count)
            .WithMessage("Give each member's air time once.");
        RuleForEach(command => command.AirTimeMinutes).ChildRules(entry =>
            entry.RuleFor(item => item.Minutes).InclusiveBetween(0, 600).WithMessage("Air time is between 0 and 600 minutes."));
        RuleFor(command => command.Presentations).Must(entries => entries.Select(entry => entry.MemberId).Distinct().Count() == entries.Count)
            .WithMessage("One presentation per member.");
        RuleForEach(command => command.Presentations).ChildRules(entry =>
        {
            entry.RuleFor(item => item.Problem).MaximumLength(TextLimit);
            entry.RuleFor(item => item.Background).MaximumLength(TextLimit);
            entry.RuleFor(item => item.Approach).MaximumLength(TextLimit);
            entry.RuleFor(item => item.QuestionsAsked).MaximumLength(TextLimit);
            entry.RuleFor(item => item.CommittedAction).MaximumLength(TextLimit);
            entry.RuleFor(item => item.AccountOfLastAction).MaximumLength(TextLimit);
        });
        RuleFor(command => command.MainPoints).MaximumLength(8000);
    }
}
