using System.Text;
using FluentValidation;
using WbL.Modules.Organisation.Features.ImportPeople;

namespace WbL.UnitTests.Organisation;

public sealed class PeopleCsvTests
{
    private static ImportFile Parse(string csv, int maxRows = 100) => PeopleCsv.Parse(Encoding.UTF8.GetBytes(csv), maxRows);

    [Fact]
    public void Headers_are_matched_by_alias_regardless_of_case_and_spacing_and_lines_count_quoted_line_breaks()
    {
        var file = Parse("\uFEFFE-mail,First Name,last_name,Org Unit,Payroll id\n\na@x.test,\"Ann\nMarie\",Lee,Org,7\nb@x.test,Bo,Ng,Org,8\n");

        Assert.True(file.Has(ImportColumns.Email) && file.Has(ImportColumns.FirstName) && file.Has(ImportColumns.LastName) && file.Has(ImportColumns.OrgUnit));
        Assert.False(file.Has(ImportColumns.ManagerEmail));
        Assert.Equal(["Payroll id"], file.IgnoredColumns);
        Assert.Equal([3, 5], file.Rows.Select(row => row.Line));
        Assert.Null(file.Rows[0].ManagerEmail);
    }

    [Fact]
    public void A_semicolon_separated_export_is_read()
    {
        var file = Parse("email;displayName;orgUnit\na@x.test;Ann;Org/Ops\n");

        Assert.Equal("Org/Ops", file.Rows.Single().OrgUnit);
    }

    [Theory]
    [InlineData("email,jobTitle\na@x.test,Officer\n", "displayName")]
    [InlineData("email,displayName\na@x.test,Ann\n", "orgUnit")]
    [InlineData("email,displayName,orgUnit\n", "no people")]
    [InlineData("email,email,displayName,orgUnit\n", "twice")]
    public void A_file_without_the_required_columns_or_rows_is_refused(string csv, string expected)
    {
        var error = Assert.Throws<ValidationException>(() => Parse(csv));

        Assert.Equal("file", error.Errors.Single().PropertyName);
        Assert.Contains(expected, error.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void Binary_content_and_too_many_rows_are_refused()
    {
        Assert.Throws<ValidationException>(() => PeopleCsv.Parse([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], 10));
        Assert.Throws<ValidationException>(() => PeopleCsv.Parse([0x65, 0xFF, 0xFE, 0x0A], 10));
        var tooMany = Assert.Throws<ValidationException>(() => Parse("email,displayName,orgUnit\na@x.test,A,O\nb@x.test,B,O\n", maxRows: 1));
        Assert.Contains("at most 1", tooMany.Errors.Single().ErrorMessage);
    }
}

public sealed class PeopleImportPlannerTests
{
    private static readonly Guid Actor = Guid.NewGuid();
    private static readonly ExistingUnit Organisation = new(Guid.NewGuid(), "Acme", "Organisation", null);
    private static readonly ExistingUnit Operations = new(Guid.NewGuid(), "Operations", "Department", Organisation.Id);

    private static ImportPlan Plan(string csv, params ExistingPerson[] people) =>
        PeopleImportPlanner.Plan(PeopleCsv.Parse(Encoding.UTF8.GetBytes(csv), 100), new OrganisationSnapshot(people, [Organisation, Operations]), Actor);

    [Fact]
    public void A_manager_later_in_the_file_is_resolved_and_missing_units_are_planned_parents_first()
    {
        var plan = Plan("email,displayName,orgUnit,managerEmail\nr@x.test,Rae,acme/operations/Repairs/Gas,m@x.test\nm@x.test,Max,Acme/Estates,\n");

        Assert.False(plan.HasErrors);
        var rae = plan.Writes.Single(write => write.Email == "r@x.test");
        var max = plan.Writes.Single(write => write.Email == "m@x.test");
        Assert.Equal(max.Id, rae.ManagerId);
        Assert.Equal(["Acme/Operations/Repairs", "Acme/Operations/Repairs/Gas", "Acme/Estates"], plan.Units.Select(unit => unit.Path));
        Assert.Equal(["Team", "Team", "Department"], plan.Units.Select(unit => unit.Kind));
        Assert.Equal(plan.Units[1].Id, rae.OrgUnitId);
    }

    [Fact]
    public void An_unchanged_person_is_reported_unchanged_and_not_written()
    {
        var existing = new ExistingPerson(Guid.NewGuid(), "Ann Lee", "ann@x.test", "Officer", Operations.Id, null, true, 3, ["HR"]);

        var plan = Plan("email,displayName,jobTitle,orgUnit,roles,active\nANN@x.test,Ann Lee,Officer,Acme/Operations,hr,yes\n", existing);

        Assert.Equal("updated", plan.Results.Single().Outcome);
        Assert.Equal(["email"], plan.Results.Single().Changes);
        var same = Plan("email,displayName,jobTitle,orgUnit,roles,active\nann@x.test,Ann Lee,Officer,Acme/Operations,hr,yes\n", existing);
        Assert.Equal("unchanged", same.Results.Single().Outcome);
        Assert.Empty(same.Writes);
    }

    [Fact]
    public void Row_errors_name_their_field()
    {
        var inactive = new ExistingPerson(Guid.NewGuid(), "Gone", "gone@x.test", "", Operations.Id, null, false, 1, []);

        var plan = Plan("""
            email,displayName,orgUnit,managerEmail,roles,active
            a@x.test,,Acme,,,
            b@x.test,Bea,Other/Team,,,
            c@x.test,Cy,Acme,gone@x.test,,
            d@x.test,Di,Acme,d@x.test,Owner,perhaps
            e@x.test,Ed,Acme//Ops,,,
            """, inactive);

        Assert.Equal(["displayName"], Fields(plan, 2));
        Assert.Equal(["orgUnit"], Fields(plan, 3));
        Assert.Equal(["managerEmail"], Fields(plan, 4));
        Assert.Equal(["active", "managerEmail", "roles"], Fields(plan, 5));
        Assert.Equal(["orgUnit"], Fields(plan, 6));
        Assert.DoesNotContain(plan.Writes, write => write.Email == "a@x.test");
    }

    [Fact]
    public void A_loop_through_the_database_is_found()
    {
        var top = new ExistingPerson(Guid.NewGuid(), "Top", "top@x.test", "", Operations.Id, null, true, 1, []);
        var middle = new ExistingPerson(Guid.NewGuid(), "Mid", "mid@x.test", "", Operations.Id, top.Id, true, 1, []);

        var plan = Plan("email,displayName,orgUnit,managerEmail\ntop@x.test,Top,Acme/Operations,mid@x.test\n", top, middle);

        Assert.Contains("loop", plan.Results.Single().Errors.Single().Message);
    }

    private static string[] Fields(ImportPlan plan, int line) =>
        plan.Results.Single(result => result.Line == line).Errors.Select(error => error.Field).Distinct().Order(StringComparer.Ordinal).ToArray();
}
