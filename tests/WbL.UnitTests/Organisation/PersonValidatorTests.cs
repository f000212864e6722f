using FluentValidation;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.Modules.Organisation.Features.ListPeople;
using WbL.Modules.Organisation.Features.SignIn;
using WbL.Modules.Organisation.Features.UpdatePerson;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.UnitTests.Organisation;

public sealed class PersonValidatorTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static CreatePersonCommand ValidPerson() =>
        new("Aisha Bello", "aisha.bello@example.org", "Surveyor", Unit, Guid.NewGuid(), [Roles.HR], Active: true, Password: null);

    private static UpdatePersonCommand ValidEdit(Guid id) =>
        new(id, "Aisha Bello", "aisha.bello@example.org", "Surveyor", Unit, Guid.NewGuid(), [], Active: true, Password: null, Version: 2);

    private static List<string> FailingFields<T>(IValidator<T> validator, T request) =>
        validator.Validate(request).Errors.Select(error => error.PropertyName).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_well_formed_person_is_valid()
    {
        Assert.Empty(FailingFields(new CreatePersonValidator(), ValidPerson()));
        Assert.Empty(FailingFields(new CreatePersonValidator(), ValidPerson() with { JobTitle = null, ManagerId = null, Roles = [Roles.HR, Roles.Admin, Roles.Facilitator] }));
    }

    [Fact]
    public void Name_email_and_org_unit_are_required()
    {
        var person = ValidPerson() with { DisplayName = "", Email = "", OrgUnitId = Guid.Empty };

        Assert.Equal(["DisplayName", "Email", "OrgUnitId"], FailingFields(new CreatePersonValidator(), person));
    }

    [Theory]
    [InlineData("aisha")]
    [InlineData("@example.org")]
    [InlineData("aisha@")]
    public void A_malformed_email_is_refused(string email)
    {
        Assert.Equal(["Email"], FailingFields(new CreatePersonValidator(), ValidPerson() with { Email = email }));
    }

    [Fact]
    public void Lengths_are_capped_as_the_columns_are()
    {
        var person = ValidPerson() with
        {
            DisplayName = new string('n', PersonFieldsValidator.NameMaxLength + 1),
            Email = new string('e', PersonFieldsValidator.EmailMaxLength) + "@example.org",
            JobTitle = new string('j', PersonFieldsValidator.NameMaxLength + 1),
        };

        Assert.Equal(["DisplayName", "Email", "JobTitle"], FailingFields(new CreatePersonValidator(), person));
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Manager)]
    [InlineData("Owner")]
    public void Only_grantable_roles_may_be_given(string role)
    {
        var person = ValidPerson() with { Roles = [Roles.HR, role] };

        Assert.Equal(["Roles[1]"], FailingFields(new CreatePersonValidator(), person));
    }

    [Fact]
    public void A_password_needs_the_minimum_length()
    {
        var tooShort = new string('p', PasswordHashing.MinimumLength - 1);
        var justLongEnough = new string('p', PasswordHashing.MinimumLength);

        Assert.Equal(["Password"], FailingFields(new CreatePersonValidator(), ValidPerson() with { Password = tooShort }));
        Assert.Empty(FailingFields(new CreatePersonValidator(), ValidPerson() with { Password = justLongEnough }));
        Assert.Empty(FailingFields(new CreatePersonValidator(), ValidPerson() with { Password = "" }));
    }

    [Fact]
    public void Editing_a_person_checks_the_same_fields_the_version_and_self_management()
    {
        var id = Guid.NewGuid();
        var validator = new UpdatePersonValidator();

        Assert.Empty(FailingFields(validator, ValidEdit(id)));
        Assert.Equal(["Email", "ManagerId", "Version"], FailingFields(validator, ValidEdit(id) with { Email = "nope", ManagerId = id, Version = 0 }));
        Assert.Equal(["Password"], FailingFields(validator, ValidEdit(id) with { Password = "short" }));
    }

    [Fact]
    public void Listing_people_checks_search_limit_and_cursor()
    {
        var validator = new ListPeopleValidator();
        var next = new KeysetCursor("Aisha Bello", Guid.NewGuid()).Encode();

        Assert.Empty(FailingFields(validator, new ListPeopleQuery(null, null, null, null, null)));
        Assert.Empty(FailingFields(validator, new ListPeopleQuery("ais", Unit, Guid.NewGuid(), 200, next)));
        Assert.Equal(["After", "Limit", "Q"], FailingFields(validator, new ListPeopleQuery(new string('q', 201), null, null, 201, "tampered")));
    }

    [Fact]
    public void Signing_in_needs_an_email_and_a_password()
    {
        Assert.Empty(FailingFields(new SignInValidator(), new SignInCommand("aisha@example.org", "x")));
        Assert.Equal(["Email", "Password"], FailingFields(new SignInValidator(), new SignInCommand("", "")));
    }
}
