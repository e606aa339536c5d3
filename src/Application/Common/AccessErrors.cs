using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Common;

public static class AccessErrors
{
    public static readonly DomainError AdministratorsOnly = new("access.administrators_only", "Only administrators may do this.", ErrorKind.Forbidden);
    public static readonly DomainError AgentsOnly = new("access.agents_only", "Only agents may do this.", ErrorKind.Forbidden);
    public static readonly DomainError ContactsOnly = new("access.contacts_only", "Only a contact may do this.", ErrorKind.Forbidden);
    public static readonly DomainError Conflict = new("etag.mismatch", "The record was changed since you read it; read it again.", ErrorKind.Conflict);
}
