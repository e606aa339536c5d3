using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts;

public static class AccountErrors
{
    public static readonly DomainError WrongCredentials = new("auth.wrong_credentials", "E-mail address or password is wrong.", ErrorKind.Unauthenticated);
    public static readonly DomainError WrongPassword = new("auth.wrong_password", "The current password is wrong.", ErrorKind.Invalid, "current_password");
    public static readonly DomainError EmailTaken = new("account.email_taken", "An account with this e-mail address exists already.", ErrorKind.Conflict, "email");
    public static readonly DomainError AccountNotFound = DomainError.NotFound("account");
    public static readonly DomainError OrganizationNotFound = DomainError.NotFound("organization");
    public static readonly DomainError PartnerSystemNotFound = DomainError.NotFound("partner system");
}
