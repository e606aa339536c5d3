using ServiceDesk.Domain.Accounts;

namespace ServiceDesk.Domain.Escalations;

/// <summary>A named person of an escalation level, alerted in their language with times in their time zone.</summary>
public sealed record EscalationContact(string Name, string Email, Language Language, string TimeZoneId)
{
    public static EscalationContact Of(Account account) => new(account.Name, account.Email, account.Language, account.TimeZoneId);
}
