using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class SlaContractConfiguration : IEntityTypeConfiguration<SlaContract>
{
    public void Configure(EntityTypeBuilder<SlaContract> contract)
    {
        contract.ToTable("SlaContracts");
        contract.HasKey(c => c.Id);
        contract.Property(c => c.Id).ValueGeneratedNever();
        contract.Ignore(c => c.DomainEvents);
        // Eight durations that are only ever read together: one JSON text, never queried inside.
        contract.Property(c => c.Targets).HasConversion(
            targets => JsonSerializer.Serialize(targets, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<SlaTargets>(json, JsonSerializerOptions.Default)!).HasMaxLength(1000);
        contract.Property(c => c.HolidayCalendarId).HasMaxLength(40);
        contract.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId);
        contract.HasOne<HolidayCalendar>().WithMany().HasForeignKey(c => c.HolidayCalendarId);
        // An organisation's versions are read in order of their start.
        contract.HasIndex(c => new { c.OrganizationId, c.EffectiveFrom });
    }
}
