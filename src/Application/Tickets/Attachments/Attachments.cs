using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.Attachments;

/// <summary>Stores a file streamed in chunks and attaches it to a ticket the caller may see (optionally to one of its comments).</summary>
public sealed record UploadAttachmentCommand(long TicketId, string FileName, string ContentType, Guid? ActivityId, IAsyncEnumerable<ReadOnlyMemory<byte>> Content)
    : ICommand<Result<TicketAttachment>>;

/// <summary>An attachment's metadata and content, when the caller may see the ticket and the comment it belongs to.</summary>
public sealed record GetAttachmentQuery(long TicketId, Guid AttachmentId) : IQuery<Result<AttachmentContent>>;

public sealed record AttachmentContent(TicketAttachment Attachment, Func<Stream> Open);

public sealed class AttachmentOptions
{
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;
}

public static class AttachmentErrors
{
    public static DomainError TooLarge(long maxBytes) =>
        new("attachment.too_large", $"A file may have at most {maxBytes / (1024 * 1024)} MB.", ErrorKind.Invalid, "chunk");

    public static readonly DomainError NotFound = DomainError.NotFound("attachment");
    public static readonly DomainError UnknownComment = DomainError.Invalid("activity_id", "The comment does not belong to this ticket.");
}

public sealed class AttachmentHandlers(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    IAttachmentStore store,
    IUnitOfWork unitOfWork,
    AttachmentOptions options,
    TimeProvider clock)
    : ICommandHandler<UploadAttachmentCommand, Result<TicketAttachment>>, IQueryHandler<GetAttachmentQuery, Result<AttachmentContent>>
{
    public async ValueTask<Result<TicketAttachment>> Handle(UploadAttachmentCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var ticket = await tickets.FindVisibleAsync(command.TicketId, actor, cancellationToken);
        if (ticket is null) return TicketNotFound.Error;
        if (ticket.Status is TicketStatus.Closed) return TicketErrors.Closed;
        var comment = command.ActivityId is { } id ? ticket.ActivityVisibleTo(actor).FirstOrDefault(a => a.Id == id) : null;
        if (command.ActivityId is not null && comment is null) return AttachmentErrors.UnknownComment;

        var file = await store.SaveAsync(command.Content, command.FileName, command.ContentType, options.MaxBytes, cancellationToken);
        if (file is null) return AttachmentErrors.TooLarge(options.MaxBytes);
        var attachment = ticket.AddAttachment(actor, file, comment?.Id, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    public async ValueTask<Result<AttachmentContent>> Handle(GetAttachmentQuery query, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(query.TicketId, currentUser.Actor, cancellationToken);
        var attachment = ticket is null ? null : new TicketView(ticket, currentUser.Actor).Attachments.FirstOrDefault(a => a.Id == query.AttachmentId);
        if (attachment is null) return AttachmentErrors.NotFound;
        return new AttachmentContent(attachment, () => store.OpenRead(attachment.ContentHash));
    }
}
