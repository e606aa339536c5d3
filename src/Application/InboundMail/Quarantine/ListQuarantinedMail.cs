using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.InboundMail.Quarantine;

/// <summary>Agents see the received mail that became nothing and may need a person: unknown senders and malformed messages, newest first.</summary>
public sealed record ListQuarantinedMailQuery(int PageSize, string? PageToken) : IQuery<Result<Page<ReceivedMail>>>;

public sealed class ListQuarantinedMailHandler(ICurrentUser currentUser, IReceivedMailLog log)
    : IQueryHandler<ListQuarantinedMailQuery, Result<Page<ReceivedMail>>>
{
    public async ValueTask<Result<Page<ReceivedMail>>> Handle(ListQuarantinedMailQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var before = TimedPageToken.DecodeGuid(query.PageToken);
        var size = Paging.Size(query.PageSize);
        var rows = await log.ListQuarantinedAsync(before, size + 1, cancellationToken);
        var next = rows.Count > size ? TimedPageToken.Encode(rows[size - 1].ReceivedAt, rows[size - 1].Id.ToString()) : "";
        return new Page<ReceivedMail>(rows.Take(size).ToList(), next);
    }
}
