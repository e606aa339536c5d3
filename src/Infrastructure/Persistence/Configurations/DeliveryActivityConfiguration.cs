using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryActivityConfiguration : IEntityTypeConfiguration<DeliveryActivity>
{
    public void Configure(EntityTypeBuilder<DeliveryActivity> activity)
    {
        activity.ToTable("DeliveryActivities");
        activity.HasKey(a => a.Id);
        // The domain sets the id: a new entry found in the delivery's list must be inserted, not updated.
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.ActorName).HasMaxLength(200);
        activity.Property(a => a.Text).HasMaxLength(DeliveryLimits.Url + DeliveryLimits.Text);
        activity.Property(a => a.From).HasMaxLength(200);
        activity.Property(a => a.To).HasMaxLength(200);
        activity.HasIndex(a => new { a.DeliveryId, a.Sequence });
    }
}
