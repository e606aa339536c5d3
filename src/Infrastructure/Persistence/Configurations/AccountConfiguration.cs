using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("Accounts");
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Ignore(a => a.DomainEvents);
        account.Property(a => a.Email).HasMaxLength(320);
        account.Property(a => a.Name).HasMaxLength(200);
        account.Property(a => a.Phone).HasMaxLength(50);
        account.Property(a => a.TimeZoneId).HasMaxLength(64);
        account.Property(a => a.PasswordHash).HasMaxLength(200);
        account.Property(a => a.Version).IsConcurrencyToken();
        // The e-mail address is the user name.
        account.HasIndex(a => a.Email).IsUnique();
        // The account lists: one kind, maybe one organisation, paged by e-mail.
        account.HasIndex(a => new { a.Kind, a.OrganizationId, a.Email });
    }
}
