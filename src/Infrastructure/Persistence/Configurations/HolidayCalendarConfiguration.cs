using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class HolidayCalendarConfiguration : IEntityTypeConfiguration<HolidayCalendar>
{
    public void Configure(EntityTypeBuilder<HolidayCalendar> calendar)
    {
        calendar.ToTable("HolidayCalendars");
        calendar.HasKey(c => c.Id);
        calendar.Property(c => c.Id).HasMaxLength(40).ValueGeneratedNever();
        calendar.Ignore(c => c.DomainEvents);
        calendar.Property(c => c.Name).HasMaxLength(200);
        calendar.Property(c => c.Version).IsConcurrencyToken();
        calendar.OwnsMany(c => c.Holidays, holiday =>
        {
            holiday.ToTable("Holidays");
            holiday.WithOwner().HasForeignKey("HolidayCalendarId");
            holiday.HasKey("HolidayCalendarId", nameof(Holiday.Date));
            holiday.Property(h => h.Name).HasMaxLength(200);
        });
        calendar.Navigation(c => c.Holidays).HasField("_holidays").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
