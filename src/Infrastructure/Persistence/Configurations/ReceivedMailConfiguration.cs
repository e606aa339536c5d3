using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Infrastructure.Mail.Inbound;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class ReceivedMailConfiguration : IEntityTypeConfiguration<ReceivedMail>
{
    public void Configure(EntityTypeBuilder<ReceivedMail> mail)
    {
        mail.ToTable("ReceivedMail");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Id).ValueGeneratedNever();
        mail.Property(m => m.MessageId).HasMaxLength(IncomingMessageIds.MaxLength);
        mail.Property(m => m.FromAddress).HasMaxLength(320);
        mail.Property(m => m.Subject).HasMaxLength(1000);
        mail.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(40);
        mail.Property(m => m.Detail).HasMaxLength(1000);
        mail.Property(m => m.Text).HasMaxLength(TicketLimits.Text);
        mail.Ignore(m => m.IsQuarantined);
        // Each message is processed once: a second instance's commit of the same message fails here.
        mail.HasIndex(m => m.MessageId).IsUnique();
        // "Did this sender get an answer today?" and the quarantine list, newest first.
        mail.HasIndex(m => new { m.FromAddress, m.ReceivedAt });
        mail.HasIndex(m => new { m.Outcome, m.ReceivedAt });
    }
}
