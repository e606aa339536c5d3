using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.ToTable("Tickets");
        ticket.HasKey(t => t.Id);
        // The ticket number comes from ITicketNumbers before the insert.
        ticket.Property(t => t.Id).ValueGeneratedNever();
        ticket.Ignore(t => t.Key);
        ticket.Ignore(t => t.DomainEvents);

        ticket.Property(t => t.Title).HasMaxLength(300);
        ticket.Property(t => t.YourReference).HasMaxLength(200);
        ticket.Property(t => t.Product).HasMaxLength(200);
        ticket.Property(t => t.FixVersion).HasMaxLength(40);
        ticket.Property(t => t.ReporterName).HasMaxLength(200);
        ticket.Property(t => t.AssigneeName).HasMaxLength(200);
        ticket.Property(t => t.RequestId).HasMaxLength(100);
        // The unit of work increments it once per save; the UPDATE checks the value that was loaded.
        ticket.Property(t => t.Version).IsConcurrencyToken();

        ticket.ComplexProperty(t => t.Details, details =>
        {
            details.Property(d => d.Url).HasColumnName("IncidentUrl").HasMaxLength(2000);
            details.Property(d => d.StepsToReproduce).HasColumnName("IncidentStepsToReproduce");
            details.Property(d => d.ObservedBehaviour).HasColumnName("IncidentObservedBehaviour");
            details.Property(d => d.ExpectedBehaviour).HasColumnName("IncidentExpectedBehaviour");
            details.Property(d => d.Conditions).HasColumnName("IncidentConditions");
            details.Property(d => d.OccurredAt).HasColumnName("IncidentOccurredAt");
            details.Property(d => d.AffectedObjects).HasColumnName("IncidentAffectedObjects");
        });

        ConfigureClock(ticket, t => t.Reaction, "Reaction");
        ConfigureClock(ticket, t => t.Restoration, "Restoration");

        ticket.HasMany(t => t.Activities).WithOne().HasForeignKey(a => a.TicketId);
        ticket.HasMany(t => t.Participants).WithOne().HasForeignKey(p => p.TicketId);
        ticket.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TicketId);
        ticket.HasMany(t => t.NotificationChoices).WithOne().HasForeignKey(c => c.TicketId);
        ticket.Navigation(t => t.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
        ticket.Navigation(t => t.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
        ticket.Navigation(t => t.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        ticket.Navigation(t => t.NotificationChoices).HasField("_notificationChoices").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A retried create finds the first ticket; the filter spares tickets without a request id (SQL Server needs it).
        ticket.HasIndex(t => new { t.RecordedById, t.RequestId }).IsUnique().HasFilter("\"RequestId\" IS NOT NULL");

        // One index per overview filter, each ending in Id for the keyset order.
        ticket.HasIndex(t => new { t.OrganizationId, t.Id });
        ticket.HasIndex(t => new { t.ReporterId, t.Id });
        ticket.HasIndex(t => new { t.AssigneeId, t.Id });
        ticket.HasIndex(t => new { t.Status, t.Id });
        ticket.HasIndex(t => new { t.Type, t.Id });
        ticket.HasIndex(t => new { t.UpdatedAt, t.Id });
        // Two queries read one status or type only (as a literal, so the filters match): partial indexes leave every other
        // ticket's writes alone, the timer sweep's included.
        // The tickets that wait for an organisation's delivery (Delivery Pending, by fix version).
        ticket.HasIndex(t => new { t.OrganizationId, t.FixVersion }).HasFilter($"\"Status\" = '{TicketStatus.DeliveryPending}'");
        // Product management's quarterly review: suggestions by the time they were resolved.
        ticket.HasIndex(t => new { t.ResolvedAt, t.Id }).HasFilter($"\"Type\" = '{TicketType.Suggestion}'");

        // The timer sweep reads "NextTimerAt <= now" in due order; the SLA queue pages by due time (docs/adr/0011-sla-timer-sweep.md).
        ticket.HasIndex(t => t.NextTimerAt).HasFilter("\"NextTimerAt\" IS NOT NULL");
        ticket.HasIndex(t => new { t.SlaDueAt, t.Id }).HasFilter("\"SlaDueAt\" IS NOT NULL");
    }

    private static void ConfigureClock(EntityTypeBuilder<Ticket> ticket, System.Linq.Expressions.Expression<Func<Ticket, SlaClock?>> clock, string prefix) =>
        ticket.ComplexProperty(clock, c =>
        {
            c.Property(x => x.State).HasColumnName(prefix + "State");
            c.Property(x => x.StartedAt).HasColumnName(prefix + "StartedAt");
            c.Property(x => x.RunningSince).HasColumnName(prefix + "RunningSince");
            c.Property(x => x.CountedAroundTheClock).HasColumnName(prefix + "CountedAroundTheClock");
            c.Property(x => x.CountedInServiceHours).HasColumnName(prefix + "CountedInServiceHours");
            c.Property(x => x.Target).HasColumnName(prefix + "Target");
            c.Property(x => x.DueAt).HasColumnName(prefix + "DueAt");
            c.Property(x => x.BreachedAt).HasColumnName(prefix + "BreachedAt");
            c.Ignore(x => x.PendingDueAt);
        });
}
