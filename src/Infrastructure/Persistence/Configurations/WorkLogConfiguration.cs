using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class WorkLogConfiguration : IEntityTypeConfiguration<WorkLog>
{
    public void Configure(EntityTypeBuilder<WorkLog> workLog)
    {
        workLog.ToTable("WorkLogs");
        workLog.HasKey(w => w.Id);
        workLog.Property(w => w.Id).ValueGeneratedNever();
        workLog.Ignore(w => w.DomainEvents);
        workLog.Ignore(w => w.IsReversal);
        workLog.Property(w => w.AgentName).HasMaxLength(200);
        workLog.Property(w => w.Note).HasMaxLength(2000);
        // Logged work is never deleted with what it refers to (and SQL Server allows no second cascade path).
        workLog.HasOne<Ticket>().WithMany().HasForeignKey(w => w.TicketId).OnDelete(DeleteBehavior.Restrict);
        workLog.HasOne<Organization>().WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        workLog.HasOne<WorkLog>().WithMany().HasForeignKey(w => w.ReversalOfId).OnDelete(DeleteBehavior.Restrict);

        // A ticket's work logs, in the order they were logged (keyset).
        workLog.HasIndex(w => new { w.TicketId, w.RecordedAt, w.Id });
        // Statements and balances: an organisation's entries by the time they were logged.
        workLog.HasIndex(w => new { w.OrganizationId, w.RecordedAt });
        // An entry is reversed at most once, also when two agents try at the same moment.
        workLog.HasIndex(w => w.ReversalOfId).IsUnique().HasFilter("\"ReversalOfId\" IS NOT NULL");
    }
}
