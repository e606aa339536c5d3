using Microsoft.EntityFrameworkCore;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Infrastructure.Persistence.Repositories;

internal sealed class SlaContractRepository(ServiceDeskDbContext db) : ISlaContractRepository
{
    public async Task<IReadOnlyList<SlaContract>> HistoryAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.SlaContracts.Where(c => c.OrganizationId == organizationId).OrderBy(c => c.EffectiveFrom).ToListAsync(cancellationToken);

    public void Add(SlaContract contract) => db.SlaContracts.Add(contract);
}

internal sealed class HolidayCalendarRepository(ServiceDeskDbContext db) : IHolidayCalendarRepository
{
    public Task<HolidayCalendar?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.HolidayCalendars.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<HolidayCalendar>> ListAsync(string? afterId, int take, CancellationToken cancellationToken)
    {
        var calendars = db.HolidayCalendars.AsQueryable();
        if (afterId is not null) calendars = calendars.Where(c => c.Id.CompareTo(afterId) > 0);
        return await calendars.OrderBy(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(HolidayCalendar calendar) => db.HolidayCalendars.Add(calendar);
}
