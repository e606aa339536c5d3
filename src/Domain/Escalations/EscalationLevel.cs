using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Escalations;

/// <summary>
/// One level of the escalation chain and its named contacts, maintained by administrators. Level 0 is also reached
/// through people the service knows otherwise: the region's team leads and the organisation's personal support contact.
/// </summary>
public sealed class EscalationLevel : AggregateRoot
{
    private readonly List<EscalationContact> _contacts = [];

    /// <summary>0 to <see cref="Escalation.TopLevel"/>.</summary>
    public int Number { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<EscalationContact> Contacts => _contacts;

    /// <summary>Who the level is, as SPEC section 9 names it.</summary>
    public string Title => TitleOf(Number);

    private EscalationLevel() { }

    public static Result<EscalationLevel> Create(int number, IReadOnlyList<EscalationContact> contacts, DateTimeOffset now)
    {
        if (number is < 0 or > Escalation.TopLevel) return EscalationErrors.UnknownLevel;
        var level = new EscalationLevel { Number = number };
        var set = level.Set(contacts, now);
        return set.IsSuccess ? level : set.Error!;
    }

    public Result ReplaceContacts(Actor administrator, IReadOnlyList<EscalationContact> contacts, DateTimeOffset now)
    {
        if (!administrator.IsAdministrator) return EscalationErrors.AdministratorsOnly;
        var set = Set(contacts, now);
        // Only the contact rows may change: the event makes the unit of work count the level as changed and bump its version.
        if (set.IsSuccess) Raise(new EscalationContactsReplaced(Number, _contacts.Count, now));
        return set;
    }

    public static string TitleOf(int number) => number switch
    {
        0 => "Team lead of the region's team or personal support contact",
        1 => "Head of support",
        2 => "Head of customer services",
        3 => "Board",
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "Escalation levels are 0 to 3."),
    };

    private Result Set(IReadOnlyList<EscalationContact> contacts, DateTimeOffset now)
    {
        if (contacts.Select(c => c.Email.Trim().ToLowerInvariant()).Distinct().Count() != contacts.Count) return EscalationErrors.DuplicateContact;
        _contacts.Clear();
        _contacts.AddRange(contacts.Select(c => c with { Name = c.Name.Trim(), Email = c.Email.Trim() }));
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>Called by the unit of work when the change is saved.</summary>
    public void MarkSaved() => Version++;
}
