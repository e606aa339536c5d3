namespace ServiceDesk.Application.Deliveries;

/// <summary>Length limits of delivery text fields, shared by validators and the database mapping.</summary>
public static class DeliveryLimits
{
    public const int Title = 200;
    public const int Url = 2000;
    public const int Text = 4000;
    public const int RequestId = 64;
}
