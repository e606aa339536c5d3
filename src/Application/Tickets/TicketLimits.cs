namespace ServiceDesk.Application.Tickets;

/// <summary>Length limits of ticket text fields, shared by validators and the database mapping.</summary>
public static class TicketLimits
{
    public const int Title = 200;
    public const int Text = 32_000;
    public const int ShortText = 200;
    public const int RequestId = 64;
    public const int FixVersion = 40;
}
