using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Notifications.FailedMail;

/// <summary>Administrators see the e-mails that kept failing, newest first.</summary>
public sealed record ListFailedMailQuery(int PageSize, string? PageToken) : IQuery<Result<Page<QueuedMail>>>;

/// <summary>An administrator puts a failed e-mail back into the queue.</summary>
public sealed record RetryMailCommand(Guid Id) : ICommand<Result>;

public sealed class FailedMailHandlers(ICurrentUser currentUser, IOutgoingMail mail)
    : IQueryHandler<ListFailedMailQuery, Result<Page<QueuedMail>>>, ICommandHandler<RetryMailCommand, Result>
{
    public async ValueTask<Result<Page<QueuedMail>>> Handle(ListFailedMailQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        var before = TimedPageToken.DecodeGuid(query.PageToken) is { } position ? new QueuedMailPosition(position.At, position.Id) : null;
        var size = Paging.Size(query.PageSize);
        var rows = await mail.ListFailedAsync(before, size + 1, cancellationToken);
        var last = rows.Count > size ? rows[size - 1] : null;
        var next = last is null ? "" : TimedPageToken.Encode(last.CreatedAt, last.Id.ToString());
        return new Page<QueuedMail>(rows.Take(size).ToList(), next);
    }

    public async ValueTask<Result> Handle(RetryMailCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAdministrator) return AccessErrors.AdministratorsOnly;
        return await mail.RetryAsync(command.Id, cancellationToken) ? Result.Success : DomainError.NotFound("mail");
    }
}
