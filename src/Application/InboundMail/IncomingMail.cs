namespace ServiceDesk.Application.InboundMail;

/// <summary>What the mail gateway reads from a received message before the desk decides what it becomes.</summary>
public sealed record IncomingMail(
    string MessageId,
    string FromAddress,
    string FromName,
    string Subject,
    string Text,
    IReadOnlyList<IncomingFile> Files,
    IReadOnlyList<ReplyTag> ReplyTags,
    MailVerdict Verdict = MailVerdict.Customer,
    string? Problem = null);

public sealed record IncomingFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>A ticket and reply token named in a reply's addresses or references; it counts only when the token matches.</summary>
public sealed record ReplyTag(long TicketId, string Token);

/// <summary>The gateway's verdict from the headers and the structure; only <see cref="Customer"/> mail may become a ticket or a comment.</summary>
public enum MailVerdict
{
    Customer = 1,
    AutoReply = 2,
    Bounce = 3,
    OwnMail = 4,
    TooLarge = 5,
    Malformed = 6,
}
