using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.ToTable("Organizations");
        organization.HasKey(o => o.Id);
        organization.Property(o => o.Id).ValueGeneratedNever();
        organization.Ignore(o => o.DomainEvents);
        organization.Property(o => o.Name).HasMaxLength(200);
        organization.Property(o => o.TimeZoneId).HasMaxLength(64);
        organization.Property(o => o.SalesContactEmail).HasMaxLength(320);
        organization.Property(o => o.Version).IsConcurrencyToken();
        // The list is paged by name, then id.
        organization.HasIndex(o => new { o.Name, o.Id });
    }
}
