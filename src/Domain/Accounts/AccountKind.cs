namespace ServiceDesk.Domain.Accounts;

public enum AccountKind
{
    Contact = 1,
    Agent = 2,
}
