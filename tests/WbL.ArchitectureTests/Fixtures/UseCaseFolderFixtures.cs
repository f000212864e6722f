using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Modules;

// A pretend module "FolderFixture".

// Well-formed: the whole use case in one folder, plus a helper validator shared by use cases.
namespace WbL.Modules.FolderFixture.Features.PlaceOrder
{
    internal interface IOrderFields
    {
        string Item { get; }
    }

    [AllowAnySignedInUser]
    internal sealed record PlaceOrderCommand(string Item) : ICommand<Guid>, IOrderFields;

    internal sealed class PlaceOrderHandler : ICommandHandler<PlaceOrderCommand, Guid>
    {
        public ValueTask<Guid> Handle(PlaceOrderCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Guid.NewGuid());
    }

    internal sealed class OrderFieldsValidator : AbstractValidator<IOrderFields>
    {
        public OrderFieldsValidator() => RuleFor(order => order.Item).NotEmpty();
    }

    internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderCommand>
    {
        public PlaceOrderValidator() => Include(new OrderFieldsValidator());
    }

    internal sealed class PlaceOrderEndpoint : IEndpoint
    {
        public void Map(IEndpointRouteBuilder api)
        {
        }
    }
}

// Broken: a technical folder that scatters the use case.
namespace WbL.Modules.FolderFixture.Handlers
{
    using WbL.Modules.FolderFixture.Features.CancelOrder;

    internal sealed class CancelOrderHandler : ICommandHandler<CancelOrderCommand>
    {
        public ValueTask<Unit> Handle(CancelOrderCommand command, CancellationToken cancellationToken) => Unit.ValueTask;
    }
}

namespace WbL.Modules.FolderFixture.Features.CancelOrder
{
    [AllowAnySignedInUser]
    internal sealed record CancelOrderCommand(Guid OrderId) : ICommand;

    /// <summary>Its handler is in Handlers/, so this folder does not hold the use case.</summary>
    internal sealed class CancelOrderEndpoint : IEndpoint
    {
        public void Map(IEndpointRouteBuilder api)
        {
        }
    }
}

// Broken: a handler in one folder answering a request from another, with names that do not match the folder.
namespace WbL.Modules.FolderFixture.Features.ShipOrder
{
    using WbL.Modules.FolderFixture.Features.Dispatch;

    internal sealed class ShipOrderHandler : ICommandHandler<SendParcelCommand>
    {
        public ValueTask<Unit> Handle(SendParcelCommand command, CancellationToken cancellationToken) => Unit.ValueTask;
    }

    internal sealed class DispatchEndpoint : IEndpoint
    {
        public void Map(IEndpointRouteBuilder api)
        {
        }
    }
}

namespace WbL.Modules.FolderFixture.Features.Dispatch
{
    [AllowAnySignedInUser]
    internal sealed record SendParcelCommand(Guid OrderId) : ICommand;
}

// Broken: a validator away from the request it validates.
namespace WbL.Modules.FolderFixture.Features.Audit
{
    using WbL.Modules.FolderFixture.Features.PlaceOrder;

    internal sealed class PlaceOrderAuditValidator : AbstractValidator<PlaceOrderCommand>;
}

// Broken: nested one level too deep.
namespace WbL.Modules.FolderFixture.Features.Orders.Archive
{
    [AllowAnySignedInUser]
    internal sealed record ArchiveCommand(Guid OrderId) : ICommand;
}

// Broken: outside the module's namespace altogether.
namespace WbL.Fixtures.Stray
{
    internal sealed class StrayHelper
    {
        public static int Answer => 42;
    }
}
