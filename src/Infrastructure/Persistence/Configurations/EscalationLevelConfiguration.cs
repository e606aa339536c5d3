using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Domain.Escalations;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class EscalationLevelConfiguration : IEntityTypeConfiguration<EscalationLevel>
{
    public void Configure(EntityTypeBuilder<EscalationLevel> level)
    {
        level.ToTable("EscalationLevels");
        level.HasKey(l => l.Number);
        level.Property(l => l.Number).ValueGeneratedNever();
        level.Ignore(l => l.DomainEvents);
        level.Ignore(l => l.Title);
        level.Property(l => l.Version).IsConcurrencyToken();

        // The named contacts are values of their level: replacing them deletes the old rows and inserts the new ones.
        level.OwnsMany(l => l.Contacts, contact =>
        {
            contact.ToTable("EscalationContacts");
            contact.WithOwner().HasForeignKey("LevelNumber");
            contact.Property<Guid>("Id");
            contact.HasKey("Id");
            contact.Property(c => c.Name).HasMaxLength(EscalationLimits.Name);
            contact.Property(c => c.Email).HasMaxLength(EscalationLimits.Email);
            contact.Property(c => c.TimeZoneId).HasMaxLength(64);
        });
        level.Navigation(l => l.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
