using FluentValidation;

namespace WbL.Modules.ProgressReviews.Features.AddMentoringNote;

internal sealed class AddMentoringNoteValidator : AbstractValidator<AddMentoringNoteCommand>
{
    public AddMentoringNoteValidator() =>
        RuleFor(command => command.Note).Must(note => !string.IsNullOrWhiteSpace(note)).WithMessage("Write the note.").MaximumLength(4000);
}
