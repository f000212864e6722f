using WbL.Modules.Organisation;

namespace WbL.UnitTests.Organisation;

public sealed class OrgUnitKindsTests
{
    [Fact]
    public void There_are_three_kinds()
    {
        Assert.Equal(["Organisation", "Department", "Team"], OrgUnitKinds.All);
    }

    [Theory]
    [InlineData("Department", "Organisation", true)]
    [InlineData("Department", "Department", true)]
    [InlineData("Department", "Team", false)]
    [InlineData("Team", "Department", true)]
    [InlineData("Team", "Team", true)]
    [InlineData("Team", "Organisation", false)]
    [InlineData("Organisation", "Organisation", false)]
    [InlineData("Organisation", "Department", false)]
    [InlineData("Organisation", "Team", false)]
    [InlineData("Galaxy", "Organisation", false)]
    [InlineData("Team", "team", false)]
    public void Units_nest_organisation_department_team(string child, string parent, bool allowed)
    {
        Assert.Equal(allowed, OrgUnitKinds.MayHaveParent(child, parent));
    }
}
