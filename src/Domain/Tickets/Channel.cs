namespace ServiceDesk.Domain.Tickets;

public enum Channel
{
    Portal = 1,
    Api = 2,
    Email = 3,
    Phone = 4,
}

public enum ShareWith
{
    Organization = 1,
    OnlyMe = 2,
}
