using FluentValidation;
using Mediator;
using WbL.SharedKernel.Behaviors;

namespace WbL.UnitTests.Behaviors;

public sealed class ValidationBehaviorTests
{
    internal sealed record RenameCommand(string Name, int Version) : ICommand<string>;

    private static InlineValidator<RenameCommand> NameValidator() => new() { validator => validator.RuleFor(command => command.Name).NotEmpty() };

    private static InlineValidator<RenameCommand> VersionValidator() => new() { validator => validator.RuleFor(command => command.Version).GreaterThan(0) };

    [Fact]
    public async Task Failures_of_every_validator_are_thrown_together_and_the_handler_never_runs()
    {
        var behavior = new ValidationBehavior<RenameCommand, string>([NameValidator(), VersionValidator()]);
        var handlerRan = false;

        var exception = await Assert.ThrowsAsync<ValidationException>(async () => await behavior.Handle(new RenameCommand("", 0), (_, _) =>
        {
            handlerRan = true;
            return ValueTask.FromResult("renamed");
        }, CancellationToken.None));

        Assert.False(handlerRan);
        Assert.Equal(["Name", "Version"], exception.Errors.Select(error => error.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_valid_request_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<RenameCommand, string>([NameValidator(), VersionValidator()]);

        var response = await behavior.Handle(new RenameCommand("Repairs", 1), (_, _) => ValueTask.FromResult("renamed"), CancellationToken.None);

        Assert.Equal("renamed", response);
    }
}
