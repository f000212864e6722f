using WbL.ArchitectureTests.Fixtures;
using WbL.ArchitectureTests.Rules;
using WbL.Modules.NeedsIdentificationFixture.Features.Needs;
using WbL.Testing;

namespace WbL.ArchitectureTests;

public sealed class TableOwnershipTests
{
    private static readonly TableOwner Organisation = new("Organisation", "org_");
    private static readonly TableOwner NeedsIdentification = new("NeedsIdentification", "ni_");

    public static TheoryData<string> ModuleNames => new(Product.Modules.Select(module => module.Name));

    // The host owns the tables no module does (the data protection key ring), under the prefix sys_.
    private static IReadOnlyList<TableOwner> Owners => Product.Modules.Select(module => new TableOwner(module.Name, module.TablePrefix)).Append(new TableOwner("Host", "sys_")).ToList();

    [Fact]
    public void Module_table_prefixes_are_well_formed_and_distinct()
    {
        Expect.NoViolations(TableOwnershipRule.FindPrefixViolations(Owners));
    }

    [Fact]
    public void Migration_scripts_touch_only_the_tables_of_the_module_they_are_named_after()
    {
        var scripts = Sql.Scripts(Sql.Sqlite).Concat(Sql.Scripts(Sql.SqlServer)).ToList();

        Assert.NotEmpty(scripts);
        Expect.NoViolations(TableOwnershipRule.FindScriptViolations(scripts, Owners));
    }

    [Fact]
    public void The_script_scan_finds_the_tables_a_script_creates()
    {
        var script = Sql.Scripts(Sql.SqlServer)[0];

        var touched = TableOwnershipRule.TablesTouchedByScript(script.Text);

        Assert.Contains(touched, touch => touch.Verb == "CREATE TABLE");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_sql_mentions_only_the_modules_own_tables(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);
        var types = Product.WrittenTypes(module.Assembly).Concat(module.Contracts is null ? [] : Product.WrittenTypes(module.Contracts));

        Expect.NoViolations(TableOwnershipRule.FindConstSqlViolations(new TableOwner(module.Name, module.TablePrefix), Sql.ConstantsIn(types)));
    }

    [Fact]
    public void The_sql_scan_finds_the_organisation_modules_queries()
    {
        var organisation = Product.Modules.Single(module => module.Name == "Organisation");

        var constants = Sql.ConstantsIn(Product.WrittenTypes(organisation.Assembly));

        Assert.Contains(constants, constant => constant.FieldName == "InsertSql" && TableOwnershipRule.TablesMentioned(constant.Sql).Contains("org_units"));
        Assert.DoesNotContain(constants, constant => constant.FieldName == "Password");
    }

    [Fact]
    public void A_script_changing_another_modules_table_is_reported()
    {
        var scripts = new[]
        {
            new SqlScript(Sql.Sqlite, "0002_needs_identification_initial.sql", """
                -- Needs point at people by id only; org_people is read through Organisation's contracts.
                CREATE TABLE ni_needs (
                    id        TEXT NOT NULL PRIMARY KEY,
                    parent_id TEXT NULL REFERENCES ni_needs (id) ON UPDATE CASCADE,
                    person_id TEXT NOT NULL,
                    note      TEXT NOT NULL DEFAULT 'see org_people'
                );
                CREATE INDEX ix_ni_needs_person ON ni_needs (person_id);
                """),
            new SqlScript(Sql.SqlServer, "0003_needs_identification_links.sql", """
                ALTER TABLE [dbo].[org_people] ADD need_id UNIQUEIDENTIFIER NULL;
                CREATE TABLE ni_links (id UNIQUEIDENTIFIER NOT NULL, person_id UNIQUEIDENTIFIER NOT NULL REFERENCES org_people (id));
                CREATE INDEX ix_people_need ON org_people (need_id);
                """),
        };

        var violations = TableOwnershipRule.FindScriptViolations(scripts, [Organisation, NeedsIdentification]);

        Assert.Equal(
            [
                "db/sqlserver/0003_needs_identification_links.sql belongs to module NeedsIdentification but its ALTER TABLE touches table 'org_people', which lacks the prefix 'ni_'",
                "db/sqlserver/0003_needs_identification_links.sql belongs to module NeedsIdentification but its REFERENCES touches table 'org_people', which lacks the prefix 'ni_'",
                "db/sqlserver/0003_needs_identification_links.sql belongs to module NeedsIdentification but its CREATE INDEX IX_PEOPLE_NEED ON touches table 'org_people', which lacks the prefix 'ni_'",
            ],
            violations);
    }

    [Fact]
    public void A_script_not_named_after_a_module_is_reported()
    {
        var violations = TableOwnershipRule.FindScriptViolations(
            [new SqlScript(Sql.Sqlite, "0004_reports_initial.sql", "CREATE TABLE rep_x (id TEXT);"), new SqlScript(Sql.Sqlite, "initial.sql", "")],
            [Organisation, NeedsIdentification]);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, violation => Assert.Contains("is not named NNNN_<module>_<what>.sql", violation, StringComparison.Ordinal));
    }

    [Fact]
    public void Module_sql_reading_another_modules_tables_is_reported()
    {
        var constants = Sql.ConstantsIn(FixtureTypes.In("WbL.Modules.NeedsIdentificationFixture"));

        var violations = TableOwnershipRule.FindConstSqlViolations(NeedsIdentification, constants);

        Assert.Equal(
            [
                $"{typeof(ReadsOrganisationTables).FullName}.{nameof(ReadsOrganisationTables.ManagerSql)} (module NeedsIdentification) mentions table 'org_people', which lacks the module's prefix 'ni_'",
                $"{typeof(ReadsOrganisationTables).FullName}.{nameof(ReadsOrganisationTables.NeedsWithUnitSql)} (module NeedsIdentification) mentions table 'org_units', which lacks the module's prefix 'ni_'",
            ],
            violations);
    }

    [Fact]
    public void Only_sql_constants_are_scanned()
    {
        var constants = Sql.ConstantsIn([typeof(UsesOwnTablesOnly)]);

        Assert.Equal(["ChainSql", "InsertSql", "UpdateSql"], constants.Select(constant => constant.FieldName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Organisation", "organisation")]
    [InlineData("NeedsIdentification", "needs_identification")]
    [InlineData("LearnerContracts", "learner_contracts")]
    [InlineData("Needs identification", "needs_identification")]
    [InlineData("HRReports", "hr_reports")]
    public void Module_names_appear_in_script_names_in_snake_case(string moduleName, string scriptName)
    {
        Assert.Equal(scriptName, new TableOwner(moduleName, "x_").ScriptName);
    }

    [Fact]
    public void Foreign_key_actions_and_trigger_clauses_are_not_mistaken_for_tables()
    {
        var touched = TableOwnershipRule.TablesTouchedByScript("""
            CREATE TABLE ni_needs (id TEXT, parent_id TEXT REFERENCES ni_needs (id) ON UPDATE CASCADE ON DELETE SET NULL);
            CREATE TRIGGER ni_needs_touch AFTER UPDATE OF parent_id ON ni_needs BEGIN UPDATE ni_needs SET id = id; END;
            """);

        Assert.All(touched, touch => Assert.Equal("ni_needs", touch.Table));
        Assert.Contains(touched, touch => touch.Verb == "UPDATE");
    }

    [Fact]
    public void Overlapping_or_malformed_prefixes_are_reported()
    {
        var violations = TableOwnershipRule.FindPrefixViolations([Organisation, new TableOwner("OrgCharts", "org_c_"), new TableOwner("Insights", "Ins")]);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, violation => violation.Contains("'org_c_' starts with module Organisation's prefix 'org_'", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith("Module Insights has table prefix 'Ins'", StringComparison.Ordinal));
    }
}
