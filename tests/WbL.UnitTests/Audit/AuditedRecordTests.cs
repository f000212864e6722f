using Mediator;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.UnitTests.Audit;

public sealed class AuditedRecordTests
{
    internal sealed record WidgetResponse(Guid Id, string Name);

    internal sealed record CatalogueEntryResponse(string Code, string Name);

    internal sealed record CreateWidgetCommand(string Name) : ICommand<WidgetResponse>;

    internal sealed record AddPartCommand(Guid WidgetId) : ICommand<PartResponse>, IRequestAboutRecord
    {
        public string RecordType => "Assembly";

        public Guid RecordId => WidgetId;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record PartResponse(Guid Id);

    internal sealed record RenameWidgetCommand(Guid Id, string Name) : ICommand<WidgetResponse>, IRequestAboutRecord
    {
        public string RecordType => "Gadget";

        public Guid RecordId => Id;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record RemoveWidgetCommand(Guid Id) : ICommand, IRequestAboutRecord
    {
        public string RecordType => "Widget";

        public Guid RecordId => Id;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record NoteAboutCommand(Guid LearnerId) : ICommand, IRequestAboutPerson
    {
        public Guid SubjectPersonId => LearnerId;

        public PersonAccess RequiredAccess => PersonAccess.Manage;
    }

    internal sealed record RenameCatalogueEntryCommand(string Code) : ICommand<CatalogueEntryResponse>;

    internal sealed record PingCommand : ICommand;

    [Fact]
    public void A_created_record_is_named_by_the_response_id_and_type()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new AuditedRecord("Widget", id, "Widget"), AuditedRecord.Of(new CreateWidgetCommand("w"), new WidgetResponse(id, "w")));
    }

    [Fact]
    public void A_record_created_under_another_is_the_created_one()
    {
        var part = Guid.NewGuid();

        Assert.Equal(new AuditedRecord("Part", part, "Part"), AuditedRecord.Of(new AddPartCommand(Guid.NewGuid()), new PartResponse(part)));
    }

    [Fact]
    public void The_changed_record_keeps_the_type_the_request_declared_for_resolving_its_subject()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new AuditedRecord("Widget", id, "Gadget"), AuditedRecord.Of(new RenameWidgetCommand(id, "x"), new WidgetResponse(id, "x")));
    }

    [Fact]
    public void A_command_returning_nothing_names_the_record_or_person_it_is_about()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new AuditedRecord("Widget", id, "Widget"), AuditedRecord.Of(new RemoveWidgetCommand(id), Unit.Value));
        Assert.Equal(new AuditedRecord("Person", id, "Person"), AuditedRecord.Of(new NoteAboutCommand(id), Unit.Value));
    }

    [Fact]
    public void A_record_without_a_guid_id_is_named_by_type_only()
    {
        Assert.Equal(new AuditedRecord("CatalogueEntry", null, "CatalogueEntry"), AuditedRecord.Of(new RenameCatalogueEntryCommand("X"), new CatalogueEntryResponse("X", "x")));
        Assert.True(AuditedRecord.CanName(typeof(RenameCatalogueEntryCommand), typeof(CatalogueEntryResponse)));
    }

    [Fact]
    public void A_command_with_nothing_to_name_its_record_by_is_told_apart()
    {
        Assert.False(AuditedRecord.CanName(typeof(PingCommand), typeof(Unit)));
        Assert.True(AuditedRecord.CanName(typeof(RemoveWidgetCommand), typeof(Unit)));
        Assert.Equal("Ping", AuditedRecord.ActionOf(typeof(PingCommand)));
        Assert.Equal("Contract", AuditedRecord.TypeOf(typeof(WbL.Modules.LearnerContracts.ContractResponse)));
    }
}
