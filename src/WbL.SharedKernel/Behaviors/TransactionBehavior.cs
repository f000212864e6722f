using Mediator;
using WbL.SharedKernel.Data;

namespace WbL.SharedKernel.Behaviors;

/// <summary>One transaction per command: a failure anywhere leaves no half-written record.</summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IDbSession session)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var owned = (DbSession)session;
        if (owned.Transaction is not null)
        {
            return await next(message, cancellationToken);
        }
        await owned.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await owned.EndAsync(commit: true, cancellationToken);
            return response;
        }
        catch
        {
            await owned.EndAsync(commit: false, cancellationToken);
            throw;
        }
    }
}
