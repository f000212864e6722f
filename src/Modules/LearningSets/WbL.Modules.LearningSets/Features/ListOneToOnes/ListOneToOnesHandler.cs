using Mediator;

namespace WbL.Modules.LearningSets.Features.ListOneToOnes;

internal sealed class ListOneToOnesHandler(SetReads sets, OneToOneReads oneToOnes) : IQueryHandler<ListOneToOnesQuery, SetOneToOnesResponse>
{
    public async ValueTask<SetOneToOnesResponse> Handle(ListOneToOnesQuery query, CancellationToken cancellationToken)
    {
        var (set, members) = await sets.ReadableAsync(query.SetId, cancellationToken);
        return await oneToOnes.OfSetAsync(set, members, cancellationToken);
    }
}
