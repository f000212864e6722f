using FluentValidation;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.Modules.Organisation.Features.ListOrgUnits;
using WbL.Modules.Organisation.Features.UpdateOrgUnit;

namespace WbL.UnitTests.Organisation;

public sealed class OrgUnitValidatorTests
{
    private static readonly Guid Parent = Guid.NewGuid();

    private static List<string> FailingFields<T>(IValidator<T> validator, T request) =>
        validator.Validate(request).Errors.Select(error => error.PropertyName).Distinct().Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("Brightwater Housing", "Organisation", false)]
    [InlineData("Operations", "Department", true)]
    [InlineData("Repairs", "Team", true)]
    public void A_well_formed_unit_is_valid(string name, string kind, bool hasParent)
    {
        Assert.Empty(FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand(name, kind, hasParent ? Parent : null)));
    }

    [Fact]
    public void A_unit_needs_a_name_of_at_most_200_characters()
    {
        Assert.Equal(["Name"], FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand("", "Team", Parent)));
        Assert.Equal(["Name"], FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand(new string('x', 201), "Team", Parent)));
        Assert.Empty(FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand(new string('x', 200), "Team", Parent)));
    }

    [Theory]
    [InlineData("Galaxy")]
    [InlineData("team")]
    [InlineData("")]
    public void Only_the_three_kinds_are_accepted(string kind)
    {
        Assert.Contains("Kind", FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand("Somewhere", kind, Parent)));
    }

    [Theory]
    [InlineData("Department")]
    [InlineData("Team")]
    public void Departments_and_teams_need_a_parent(string kind)
    {
        Assert.Equal(["ParentId"], FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand("Orphans", kind, null)));
    }

    [Fact]
    public void The_organisation_has_no_parent()
    {
        Assert.Equal(["ParentId"], FailingFields(new CreateOrgUnitValidator(), new CreateOrgUnitCommand("Brightwater", "Organisation", Parent)));
    }

    [Fact]
    public void Editing_a_unit_checks_the_same_fields_and_needs_the_version_read()
    {
        var validator = new UpdateOrgUnitValidator();

        Assert.Empty(FailingFields(validator, new UpdateOrgUnitCommand(Guid.NewGuid(), "Repairs", "Team", Parent, 3)));
        Assert.Equal(["Name", "Version"], FailingFields(validator, new UpdateOrgUnitCommand(Guid.NewGuid(), " ", "Team", Parent, 0)));
        Assert.Equal(["ParentId"], FailingFields(validator, new UpdateOrgUnitCommand(Guid.NewGuid(), "Repairs", "Team", null, 1)));
    }

    [Fact]
    public void Listing_units_checks_limit_and_cursor()
    {
        var validator = new ListOrgUnitsValidator();

        Assert.Empty(FailingFields(validator, new ListOrgUnitsQuery(null, null)));
        Assert.Equal(["After", "Limit"], FailingFields(validator, new ListOrgUnitsQuery(0, "not-a-cursor")));
    }
}
