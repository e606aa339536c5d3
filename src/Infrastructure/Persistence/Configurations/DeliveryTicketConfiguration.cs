using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryTicketConfiguration : IEntityTypeConfiguration<DeliveryTicket>
{
    public void Configure(EntityTypeBuilder<DeliveryTicket> row)
    {
        row.ToTable("DeliveryTickets");
        row.HasKey(r => new { r.DeliveryId, r.TicketId });
        row.HasOne<Ticket>().WithMany().HasForeignKey(r => r.TicketId).OnDelete(DeleteBehavior.Restrict);
        // Which deliveries name a ticket.
        row.HasIndex(r => r.TicketId);
    }
}
