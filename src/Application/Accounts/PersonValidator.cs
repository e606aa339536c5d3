using FluentValidation;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts;

/// <summary>Granting access needs name, e-mail address and phone number (SPEC section 1).</summary>
public sealed class PersonValidator : AbstractValidator<PersonName>
{
    public PersonValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(200).OverridePropertyName("display_name");
        RuleFor(p => p.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(p => p.Phone).NotEmpty().MaximumLength(50);
        RuleFor(p => p.Language).IsInEnum();
        RuleFor(p => p.TimeZoneId).Must(TimeZones.IsKnown).WithMessage("Use an IANA time zone such as Europe/Berlin.").OverridePropertyName("time_zone");
    }
}

public static class PasswordRules
{
    public const int MinimumLength = 12;

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinimumLength).MaximumLength(200);
}
