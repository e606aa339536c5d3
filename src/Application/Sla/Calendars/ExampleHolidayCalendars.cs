using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;

namespace ServiceDesk.Application.Sla.Calendars;

/// <summary>
/// The public holidays of the five support sites' regions for 2026 and 2027, created at start when missing, so a new
/// installation can assign them at once. They are examples: administrators keep them up to date through the API
/// (moving feasts such as Singapore's are set by its government each year).
/// </summary>
public sealed class ExampleHolidayCalendars(IHolidayCalendarRepository calendars, IUnitOfWork unitOfWork)
{
    public static IReadOnlyList<(string Id, string Name, Holiday[] Holidays)> All { get; } =
    [
        ("de-sl", "Germany, Saarland", Days(
            ("2026-01-01", "Neujahr"), ("2026-04-03", "Karfreitag"), ("2026-04-06", "Ostermontag"), ("2026-05-01", "Tag der Arbeit"),
            ("2026-05-14", "Christi Himmelfahrt"), ("2026-05-25", "Pfingstmontag"), ("2026-06-04", "Fronleichnam"),
            ("2026-08-15", "Mariä Himmelfahrt"), ("2026-10-03", "Tag der Deutschen Einheit"), ("2026-11-01", "Allerheiligen"),
            ("2026-12-25", "1. Weihnachtstag"), ("2026-12-26", "2. Weihnachtstag"),
            ("2027-01-01", "Neujahr"), ("2027-03-26", "Karfreitag"), ("2027-03-29", "Ostermontag"), ("2027-05-01", "Tag der Arbeit"),
            ("2027-05-06", "Christi Himmelfahrt"), ("2027-05-17", "Pfingstmontag"), ("2027-05-27", "Fronleichnam"),
            ("2027-08-15", "Mariä Himmelfahrt"), ("2027-10-03", "Tag der Deutschen Einheit"), ("2027-11-01", "Allerheiligen"),
            ("2027-12-25", "1. Weihnachtstag"), ("2027-12-26", "2. Weihnachtstag"))),
        ("at-st", "Austria, Styria", Days(
            ("2026-01-01", "Neujahr"), ("2026-01-06", "Heilige Drei Könige"), ("2026-04-06", "Ostermontag"), ("2026-05-01", "Staatsfeiertag"),
            ("2026-05-14", "Christi Himmelfahrt"), ("2026-05-25", "Pfingstmontag"), ("2026-06-04", "Fronleichnam"),
            ("2026-08-15", "Mariä Himmelfahrt"), ("2026-10-26", "Nationalfeiertag"), ("2026-11-01", "Allerheiligen"),
            ("2026-12-08", "Mariä Empfängnis"), ("2026-12-25", "Christtag"), ("2026-12-26", "Stefanitag"),
            ("2027-01-01", "Neujahr"), ("2027-01-06", "Heilige Drei Könige"), ("2027-03-29", "Ostermontag"), ("2027-05-01", "Staatsfeiertag"),
            ("2027-05-06", "Christi Himmelfahrt"), ("2027-05-17", "Pfingstmontag"), ("2027-05-27", "Fronleichnam"),
            ("2027-08-15", "Mariä Himmelfahrt"), ("2027-10-26", "Nationalfeiertag"), ("2027-11-01", "Allerheiligen"),
            ("2027-12-08", "Mariä Empfängnis"), ("2027-12-25", "Christtag"), ("2027-12-26", "Stefanitag"))),
        ("ro", "Romania", Days(
            ("2026-01-01", "Anul Nou"), ("2026-01-02", "Anul Nou"), ("2026-01-06", "Boboteaza"), ("2026-01-07", "Sfântul Ioan"),
            ("2026-01-24", "Ziua Unirii"), ("2026-04-10", "Vinerea Mare"), ("2026-04-12", "Paștele"), ("2026-04-13", "Paștele"),
            ("2026-05-01", "Ziua Muncii"), ("2026-05-31", "Rusaliile"), ("2026-06-01", "Rusaliile; Ziua Copilului"),
            ("2026-08-15", "Adormirea Maicii Domnului"), ("2026-11-30", "Sfântul Andrei"), ("2026-12-01", "Ziua Națională"),
            ("2026-12-25", "Crăciunul"), ("2026-12-26", "Crăciunul"),
            ("2027-01-01", "Anul Nou"), ("2027-01-02", "Anul Nou"), ("2027-01-06", "Boboteaza"), ("2027-01-07", "Sfântul Ioan"),
            ("2027-01-24", "Ziua Unirii"), ("2027-04-30", "Vinerea Mare"), ("2027-05-01", "Ziua Muncii"), ("2027-05-02", "Paștele"),
            ("2027-05-03", "Paștele"), ("2027-06-01", "Ziua Copilului"), ("2027-06-20", "Rusaliile"), ("2027-06-21", "Rusaliile"),
            ("2027-08-15", "Adormirea Maicii Domnului"), ("2027-11-30", "Sfântul Andrei"), ("2027-12-01", "Ziua Națională"),
            ("2027-12-25", "Crăciunul"), ("2027-12-26", "Crăciunul"))),
        ("sg", "Singapore", Days(
            ("2026-01-01", "New Year's Day"), ("2026-02-17", "Chinese New Year"), ("2026-02-18", "Chinese New Year"),
            ("2026-03-21", "Hari Raya Puasa"), ("2026-04-03", "Good Friday"), ("2026-05-01", "Labour Day"), ("2026-05-27", "Hari Raya Haji"),
            ("2026-05-31", "Vesak Day"), ("2026-06-01", "Vesak Day (in lieu)"), ("2026-08-09", "National Day"),
            ("2026-08-10", "National Day (in lieu)"), ("2026-11-08", "Deepavali"), ("2026-11-09", "Deepavali (in lieu)"),
            ("2026-12-25", "Christmas Day"),
            ("2027-01-01", "New Year's Day"), ("2027-02-06", "Chinese New Year"), ("2027-02-07", "Chinese New Year"),
            ("2027-02-08", "Chinese New Year (in lieu)"), ("2027-03-10", "Hari Raya Puasa"), ("2027-03-26", "Good Friday"),
            ("2027-05-01", "Labour Day"), ("2027-05-17", "Hari Raya Haji"), ("2027-05-20", "Vesak Day"), ("2027-08-09", "National Day"),
            ("2027-10-28", "Deepavali"), ("2027-12-25", "Christmas Day"))),
        ("au-vic", "Australia, Victoria", Days(
            ("2026-01-01", "New Year's Day"), ("2026-01-26", "Australia Day"), ("2026-03-09", "Labour Day"), ("2026-04-03", "Good Friday"),
            ("2026-04-04", "Easter Saturday"), ("2026-04-05", "Easter Sunday"), ("2026-04-06", "Easter Monday"), ("2026-04-25", "ANZAC Day"),
            ("2026-06-08", "King's Birthday"), ("2026-09-25", "Friday before the AFL Grand Final"), ("2026-11-03", "Melbourne Cup"),
            ("2026-12-25", "Christmas Day"), ("2026-12-26", "Boxing Day"), ("2026-12-28", "Boxing Day (additional day)"),
            ("2027-01-01", "New Year's Day"), ("2027-01-26", "Australia Day"), ("2027-03-08", "Labour Day"), ("2027-03-26", "Good Friday"),
            ("2027-03-27", "Easter Saturday"), ("2027-03-28", "Easter Sunday"), ("2027-03-29", "Easter Monday"), ("2027-04-25", "ANZAC Day"),
            ("2027-06-14", "King's Birthday"), ("2027-09-24", "Friday before the AFL Grand Final"), ("2027-11-02", "Melbourne Cup"),
            ("2027-12-25", "Christmas Day"), ("2027-12-26", "Boxing Day"), ("2027-12-27", "Christmas Day (additional day)"),
            ("2027-12-28", "Boxing Day (additional day)"))),
    ];

    /// <summary>Creates the examples that do not exist; calendars an administrator created or changed are left alone.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var added = false;
        foreach (var (id, name, holidays) in All)
        {
            if (await calendars.FindAsync(id, cancellationToken) is not null) continue;
            calendars.Add(HolidayCalendar.Create(id, name, holidays, Actor.System).Value);
            added = true;
        }
        if (added) await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static Holiday[] Days(params (string Date, string Name)[] days) =>
        [.. days.Select(d => new Holiday(DateOnly.ParseExact(d.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Name))];
}
