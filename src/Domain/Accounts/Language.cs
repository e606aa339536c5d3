namespace ServiceDesk.Domain.Accounts;

public enum Language
{
    English = 1,
    German = 2,
}
