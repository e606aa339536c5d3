namespace ServiceDesk.Domain.Deliveries;

/// <summary>A link to a document that accompanies a delivery (release notes, installation guide).</summary>
public sealed class DeliveryDocument
{
    public Guid Id { get; private set; }
    public Guid DeliveryId { get; private set; }
    public string Title { get; private set; } = "";
    public string Url { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    private DeliveryDocument() { }

    internal DeliveryDocument(Guid deliveryId, string title, string url, DateTimeOffset addedAt)
    {
        Id = Guid.NewGuid();
        DeliveryId = deliveryId;
        Title = title;
        Url = url;
        AddedAt = addedAt;
    }
}
