using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class TicketParticipantConfiguration : IEntityTypeConfiguration<TicketParticipant>
{
    public void Configure(EntityTypeBuilder<TicketParticipant> participant)
    {
        participant.ToTable("TicketParticipants");
        participant.HasKey(p => new { p.TicketId, p.AccountId });
        participant.Property(p => p.Name).HasMaxLength(200);
        // Serves the visibility rule "contacts see the tickets they participate in".
        participant.HasIndex(p => p.AccountId);
    }
}
