using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateProvider;

internal interface IProviderFields
{
    string Name { get; }
    string Kind { get; }
    bool? Preferred { get; }
    DateOnly? PreferredReviewOn { get; }
    IReadOnlyList<string> Accreditations { get; }
    string? ContactName { get; }
    string? ContactEmail { get; }
    string? Website { get; }
    bool? Active { get; }
}

internal sealed class ProviderFieldsValidator : AbstractValidator<IProviderFields>
{
    public ProviderFieldsValidator(TimeProvider clock)
    {
        RuleFor(provider => provider.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the provider's name.")
            .MaximumLength(200);
        RuleFor(provider => provider.Kind).Must(ProviderKinds.All.Contains)
            .WithMessage($"Kind must be one of: {string.Join(", ", ProviderKinds.All)}.");
        RuleFor(provider => provider.Preferred).NotNull().WithMessage("Say whether this is a preferred supplier.");
        // Preferred-supplier status is granted for a period: HR must say when they will look at it again.
        RuleFor(provider => provider.PreferredReviewOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Give the date the preferred-supplier status is next reviewed.")
            .Must(reviewOn => reviewOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The preferred-supplier review date must be in the future.")
            .When(provider => provider.Preferred == true);
        RuleFor(provider => provider.Accreditations).Must(accreditations => accreditations.Count <= 20).WithMessage("Record at most 20 accreditations.");
        RuleForEach(provider => provider.Accreditations)
            .Must(accreditation => !string.IsNullOrWhiteSpace(accreditation)).WithMessage("An accreditation cannot be empty.")
            .MaximumLength(200);
        RuleFor(provider => provider.ContactName).MaximumLength(200);
        RuleFor(provider => provider.ContactEmail!)
            .MaximumLength(256)
            .EmailAddress().WithMessage("Enter a valid e-mail address for the contact.")
            .When(provider => !string.IsNullOrWhiteSpace(provider.ContactEmail));
        RuleFor(provider => provider.Website!)
            .MaximumLength(400)
            .Must(BeAWebAddress).WithMessage("Enter the website as a full address starting with https:// or http://.")
            .When(provider => !string.IsNullOrWhiteSpace(provider.Website));
        RuleFor(provider => provider.Active).NotNull().WithMessage("Say whether the provider is in use.");
    }

    private static bool BeAWebAddress(string website) =>
        Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
