namespace ServiceDesk.Domain.Accounts;

public enum Site
{
    Saarbruecken = 1,
    Graz = 2,
    Sibiu = 3,
    Singapore = 4,
    Melbourne = 5,
}
