namespace ServiceDesk.Domain.Billing;

/// <summary>Hours added to a budget on a date, with the contract's or order's reference.</summary>
public sealed class BudgetTopUp
{
    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Minutes { get; private set; }
    public DateOnly Date { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private BudgetTopUp() { }

    internal BudgetTopUp(Guid organizationId, int minutes, DateOnly date, string reference, Guid recordedById, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        (OrganizationId, Minutes, Date, Reference, RecordedById, RecordedAt) = (organizationId, minutes, date, reference.Trim(), recordedById, recordedAt);
    }
}
