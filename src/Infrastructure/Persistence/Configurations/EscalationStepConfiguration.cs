using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class EscalationStepConfiguration : IEntityTypeConfiguration<EscalationStep>
{
    public void Configure(EntityTypeBuilder<EscalationStep> step)
    {
        step.ToTable("EscalationSteps");
        step.HasKey(s => s.Id);
        // The domain sets the id: a new entry found in the escalation's list must be inserted, not updated.
        step.Property(s => s.Id).ValueGeneratedNever();
        step.Property(s => s.Text).HasMaxLength(EscalationLimits.Text);
        step.Property(s => s.ActorName).HasMaxLength(EscalationLimits.Name);
        step.Property(s => s.RequestId).HasMaxLength(EscalationLimits.RequestId);
        step.HasIndex(s => new { s.EscalationId, s.Sequence });
        // A caller's request id escalates once: a concurrent retry fails here, then finds the first one's escalation.
        step.HasIndex(s => new { s.ActorId, s.RequestId }).IsUnique().HasFilter("\"RequestId\" IS NOT NULL");
    }
}
