using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Accounts.Contacts;

/// <summary>Agents list contacts (of one organisation or all) and agents, by e-mail address.</summary>
public sealed record ListAccountsQuery(AccountKind Kind, Guid? OrganizationId, int PageSize, string? PageToken) : IQuery<Result<Page<Account>>>;

public sealed class ListAccountsValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsValidator() => RuleFor(q => q.Kind).IsInEnum();
}

public sealed class ListAccountsHandler(ICurrentUser currentUser, IAccountRepository accounts) : IQueryHandler<ListAccountsQuery, Result<Page<Account>>>
{
    public async ValueTask<Result<Page<Account>>> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.Actor.IsAgent) return AccessErrors.AgentsOnly;
        var after = PageToken.Decode(query.PageToken, 1)?[0];
        var size = Paging.Size(query.PageSize);
        var rows = await accounts.ListAsync(query.Kind, query.OrganizationId, after, size + 1, cancellationToken);
        var next = rows.Count > size ? PageToken.Encode(rows[size - 1].Email) : "";
        return new Page<Account>(rows.Take(size).ToList(), next);
    }
}
