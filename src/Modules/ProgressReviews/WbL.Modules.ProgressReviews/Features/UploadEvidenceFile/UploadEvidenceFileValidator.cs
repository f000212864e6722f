using FluentValidation;
using WbL.Modules.ProgressReviews.Evidence;

namespace WbL.Modules.ProgressReviews.Features.UploadEvidenceFile;

internal sealed class UploadEvidenceFileValidator : AbstractValidator<UploadEvidenceFileCommand>
{
    public UploadEvidenceFileValidator()
    {
        RuleFor(command => command.Outcome).GreaterThanOrEqualTo(0).WithMessage("Choose one of the review's learning outcomes.");
        RuleFor(command => command.FileName)
            .Must(name => EvidenceFileNames.Clean(name).Length > 0).WithMessage("Give the file a name.")
            .Must(name => EvidenceFileNames.Clean(name).Length <= EvidenceFileNames.MaxLength)
            .WithMessage($"A file name may be at most {EvidenceFileNames.MaxLength} characters.");
        RuleFor(command => command.Length).NotEqual(0).OverridePropertyName("file").WithMessage("The file is empty.");
    }
}
