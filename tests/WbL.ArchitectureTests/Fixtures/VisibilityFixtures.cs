using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.VisibilityFixture.Features.Lookup;

// Well-formed: internal sealed, named for what they are.
[AllowAnySignedInUser]
internal sealed record LookupQuery(string Term) : IQuery<int>;

internal sealed class LookupHandler : IQueryHandler<LookupQuery, int>
{
    public ValueTask<int> Handle(LookupQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Term.Length);
}

internal sealed class LookupValidator : AbstractValidator<LookupQuery>
{
    public LookupValidator() => RuleFor(query => query.Term).NotEmpty();
}

internal sealed class LookupEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
    }
}

// Broken: public and open for inheritance.
public class PublicUnsealedHandler : IRequestHandler<PublicUnsealedRequest, int>
{
    public ValueTask<int> Handle(PublicUnsealedRequest request, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

public class PublicUnsealedValidator : AbstractValidator<PublicUnsealedRequest>;

public class PublicUnsealedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
    }
}

/// <summary>Public, not sealed and not named *Command / *Query.</summary>
[AllowAnySignedInUser]
public record PublicUnsealedRequest : IRequest<int>;

// Broken: internal sealed, but the names hide what they are.
internal sealed class LookupProcessor : ICommandHandler<RenameCommand>
{
    public ValueTask<Unit> Handle(RenameCommand command, CancellationToken cancellationToken) => Unit.ValueTask;
}

internal sealed class LookupRules : AbstractValidator<LookupQuery>;

internal sealed class LookupRoute : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
    }
}

[AllowAnySignedInUser]
internal sealed record RenameCommand(string Name) : ICommand;
