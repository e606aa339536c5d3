namespace ServiceDesk.Domain.Tickets;

/// <summary>A file on a ticket, stored by content hash; it follows the visibility of the comment it belongs to.</summary>
public sealed class TicketAttachment
{
    public Guid Id { get; private set; }
    public long TicketId { get; private set; }
    public Guid? ActivityId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string ContentHash { get; private set; } = "";
    public Guid UploadedById { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public bool IsInternal { get; private set; }

    private TicketAttachment() { }

    internal TicketAttachment(long ticketId, Guid? activityId, StoredFile file, Guid uploadedById, DateTimeOffset uploadedAt, bool isInternal)
    {
        Id = Guid.NewGuid();
        TicketId = ticketId;
        ActivityId = activityId;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Size;
        ContentHash = file.ContentHash;
        UploadedById = uploadedById;
        UploadedAt = uploadedAt;
        IsInternal = isInternal;
    }
}

/// <summary>A file already written to the attachment store.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string ContentHash);
