using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Infrastructure.Outbox;

/// <summary>A domain event saved in the same transaction as its aggregate, waiting to be delivered (mail, webhooks).</summary>
public sealed class OutboxMessage
{
    /// <summary>How payloads are written; readers must use the same options.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public Guid Id { get; private set; }
    /// <summary>The event's type name, e.g. <c>TicketCreated</c>.</summary>
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    private OutboxMessage() { }

    /// <summary>Taken care of: its notifications are queued. A concurrency token, so two instances cannot both take it.</summary>
    public void MarkProcessed(DateTimeOffset now) => ProcessedAt = now;

    public static OutboxMessage For(IDomainEvent domainEvent, DateTimeOffset now) => new()
    {
        // Time-ordered, so a new row lands at the end of the key's index instead of on a random page of it.
        Id = Guid.CreateVersion7(now),
        Type = domainEvent.GetType().Name,
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), SerializerOptions),
        OccurredAt = domainEvent.OccurredAt,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
