using System.Text.Json;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Infrastructure.Outbox;

/// <summary>Reads an outbox row back into its domain event, by the event's type name.</summary>
internal static class OutboxEvents
{
    private static readonly Dictionary<string, Type> Types = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.Name);

    /// <summary>The event, or null for a type this version does not know.</summary>
    public static IDomainEvent? Read(OutboxMessage message) =>
        Types.TryGetValue(message.Type, out var type)
            ? (IDomainEvent?)JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.SerializerOptions)
            : null;
}
