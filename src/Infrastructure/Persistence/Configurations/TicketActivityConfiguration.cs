using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class TicketActivityConfiguration : IEntityTypeConfiguration<TicketActivity>
{
    public void Configure(EntityTypeBuilder<TicketActivity> activity)
    {
        activity.ToTable("TicketActivities");
        activity.HasKey(a => a.Id);
        // The domain sets the id: a new entry found in the ticket's list must be inserted, not updated.
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.ActorName).HasMaxLength(200);
        activity.Property(a => a.From).HasMaxLength(200);
        activity.Property(a => a.To).HasMaxLength(200);
        activity.HasIndex(a => new { a.TicketId, a.At });
    }
}
