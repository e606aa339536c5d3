namespace ServiceDesk.Domain.Tickets;

public enum Resolution
{
    Fixed = 1,
    NoDefect = 2,
    WontFix = 3,
    Answered = 4,
    ForwardedToProductManagement = 5,
}

public enum CloseReason
{
    ConfirmedByCustomer = 1,
    AutoClosed = 2,
    Duplicate = 3,
    Withdrawn = 4,
    NotOrdered = 5,
    Delivered = 6,
}
