namespace ServiceDesk.Application.InboundMail;

/// <summary>One received message and what it became; its Message-ID is unique, so no message is processed twice.</summary>
public sealed record ReceivedMail(
    Guid Id,
    string MessageId,
    string FromAddress,
    string Subject,
    ReceivedMailOutcome Outcome,
    string? Detail,
    string? Text,
    long? TicketId,
    bool Answered,
    DateTimeOffset ReceivedAt)
{
    public bool IsQuarantined => Outcome is ReceivedMailOutcome.UnknownSender or ReceivedMailOutcome.Malformed;
}

/// <summary>The first two are the quarantine list agents see; the numbers are shared with the proto's <c>QuarantineReason</c>.</summary>
public enum ReceivedMailOutcome
{
    UnknownSender = 1,
    Malformed = 2,
    NewTicket = 3,
    Comment = 4,
    TooLarge = 5,
    AutoReply = 6,
    Bounce = 7,
    OwnMail = 8,
}
