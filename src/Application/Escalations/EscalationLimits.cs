namespace ServiceDesk.Application.Escalations;

public static class EscalationLimits
{
    public const int Text = 4000;
    public const int Name = 200;
    public const int Email = 320;
    public const int ContactsPerLevel = 20;
    public const int RequestId = 64;
}
