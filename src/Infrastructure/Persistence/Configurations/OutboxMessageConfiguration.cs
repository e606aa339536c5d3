using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Infrastructure.Outbox;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Type).HasMaxLength(200);
        message.Property(m => m.ProcessedAt).IsConcurrencyToken();
        // The deliverer asks for "not processed, due now" in batches.
        message.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
    }
}
