using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class PartnerSystemConfiguration : IEntityTypeConfiguration<PartnerSystem>
{
    public void Configure(EntityTypeBuilder<PartnerSystem> partner)
    {
        partner.ToTable("PartnerSystems");
        partner.HasKey(p => p.Id);
        partner.Property(p => p.Id).ValueGeneratedNever();
        partner.Ignore(p => p.DomainEvents);
        partner.Property(p => p.Name).HasMaxLength(200);
        partner.Property(p => p.KeyPrefix).HasMaxLength(16);
        partner.Property(p => p.KeyHash).HasMaxLength(64);
        // Every API call finds its key by prefix.
        partner.HasIndex(p => p.KeyPrefix).IsUnique();
        partner.HasIndex(p => p.OrganizationId);
    }
}
