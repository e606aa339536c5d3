using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> delivery)
    {
        delivery.ToTable("Deliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).ValueGeneratedNever();
        delivery.Ignore(d => d.DomainEvents);
        delivery.Ignore(d => d.TicketsFrozen);
        delivery.Ignore(d => d.IsVendorHosted);
        delivery.Property(d => d.PatchVersion).HasMaxLength(40);
        delivery.Property(d => d.DownloadLocation).HasMaxLength(DeliveryLimits.Url);
        delivery.Property(d => d.RequestId).HasMaxLength(DeliveryLimits.RequestId);
        // The unit of work increments it once per save; the UPDATE checks the value that was loaded.
        delivery.Property(d => d.Version).IsConcurrencyToken();

        delivery.HasMany(d => d.Activities).WithOne().HasForeignKey(a => a.DeliveryId);
        delivery.HasMany(d => d.Documents).WithOne().HasForeignKey(d => d.DeliveryId);
        delivery.HasMany(d => d.Tickets).WithOne().HasForeignKey(t => t.DeliveryId);
        delivery.Navigation(d => d.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
        delivery.Navigation(d => d.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        delivery.Navigation(d => d.Tickets).HasField("_tickets").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A retried create finds the first delivery; the filter spares deliveries without a request id (SQL Server needs it).
        delivery.HasIndex(d => new { d.CreatedById, d.RequestId }).IsUnique().HasFilter("\"RequestId\" IS NOT NULL");

        // The list is newest first by creation time then id, optionally of one organisation or status.
        delivery.HasIndex(d => new { d.CreatedAt, d.Id });
        delivery.HasIndex(d => new { d.OrganizationId, d.CreatedAt, d.Id });
        delivery.HasIndex(d => new { d.Status, d.CreatedAt, d.Id });
        delivery.HasIndex(d => d.EstimatedDate);
    }
}
