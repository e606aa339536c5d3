using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class TicketNotificationChoiceConfiguration : IEntityTypeConfiguration<TicketNotificationChoice>
{
    public void Configure(EntityTypeBuilder<TicketNotificationChoice> choice)
    {
        choice.ToTable("TicketNotificationChoices");
        choice.HasKey(c => new { c.TicketId, c.AccountId });
    }
}
