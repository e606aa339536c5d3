using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Infrastructure.Mail;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> mail)
    {
        mail.ToTable("OutgoingMail");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Id).ValueGeneratedNever();
        mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        mail.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
        mail.Property(m => m.ToAddress).HasMaxLength(320);
        mail.Property(m => m.ToName).HasMaxLength(200);
        mail.Property(m => m.Subject).HasMaxLength(1000);
        mail.Property(m => m.LastError).HasMaxLength(1000);
        mail.Property(m => m.Version).IsConcurrencyToken();
        // The dispatcher asks for "pending, due now"; administrators for "failed, newest first".
        mail.HasIndex(m => new { m.Status, m.NextAttemptAt });
        mail.HasIndex(m => new { m.Status, m.CreatedAt });
    }
}
