using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> escalation)
    {
        escalation.ToTable("Escalations");
        escalation.HasKey(e => e.Id);
        escalation.Property(e => e.Id).ValueGeneratedNever();
        escalation.Ignore(e => e.DomainEvents);
        escalation.Ignore(e => e.IsOpen);
        escalation.Ignore(e => e.NextLevel);
        escalation.Property(e => e.Description).HasMaxLength(EscalationLimits.Text);
        escalation.Property(e => e.Outcome).HasMaxLength(EscalationLimits.Text);
        escalation.Property(e => e.RaisedByName).HasMaxLength(EscalationLimits.Name);
        escalation.Property(e => e.OwnerName).HasMaxLength(EscalationLimits.Name);
        escalation.Property(e => e.OwnerEmail).HasMaxLength(EscalationLimits.Email);
        // The unit of work increments it once per save; the UPDATE checks the value that was loaded.
        escalation.Property(e => e.Version).IsConcurrencyToken();
        escalation.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Restrict);

        escalation.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.EscalationId);
        escalation.Navigation(e => e.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);

        // At most one open escalation per ticket, also when two instances escalate the same ticket at once (enums are
        // stored by name). The same index finds a ticket's open escalation; the ticket's history uses the second one.
        escalation.HasIndex(e => e.TicketId).IsUnique().HasFilter("\"State\" = 'Open'").HasDatabaseName("IX_Escalations_OpenTicket");
        escalation.HasIndex(e => new { e.TicketId, e.OpenedAt });

        // The list of open escalations is oldest first, optionally of one level, team or organisation.
        escalation.HasIndex(e => new { e.State, e.OpenedAt, e.Id });
        escalation.HasIndex(e => new { e.State, e.Team, e.OpenedAt, e.Id });
        escalation.HasIndex(e => new { e.OrganizationId, e.State, e.OpenedAt, e.Id });
    }
}
