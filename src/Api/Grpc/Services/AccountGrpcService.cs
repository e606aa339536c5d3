using Grpc.Core;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Accounts.Agents;
using ServiceDesk.Application.Accounts.Contacts;
using ServiceDesk.Application.Accounts.PartnerSystems;
using ServiceDesk.Application.Accounts.Profile;
using ServiceDesk.Application.Accounts.SignIn;
using ServiceDesk.Application.Organizations;
using ServiceDesk.Contracts.Accounts.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Services;

public sealed class AccountGrpcService(IMediator mediator) : AccountService.AccountServiceBase
{
    [AllowAnonymous]
    public override async Task<SignInResponse> SignIn(SignInRequest request, ServerCallContext context)
    {
        var signedIn = (await mediator.Send(new SignInCommand(request.Email, request.Password), context.CancellationToken)).OrThrow();
        return new SignInResponse
        {
            AccessToken = signedIn.Token.Token,
            ExpireTime = signedIn.Token.ExpiresAt.ToProto(),
            Account = signedIn.Account.ToProto(),
        };
    }

    public override async Task<Account> GetMyProfile(GetMyProfileRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetMyProfileQuery(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Account> UpdateMyProfile(UpdateMyProfileRequest request, ServerCallContext context) =>
        (await mediator.Send(new UpdateMyProfileCommand(request.Phone, request.Language.To<Domain.Accounts.Language>(), request.TimeZone), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ChangeMyPasswordResponse> ChangeMyPassword(ChangeMyPasswordRequest request, ServerCallContext context)
    {
        (await mediator.Send(new ChangeMyPasswordCommand(request.CurrentPassword, request.NewPassword), context.CancellationToken)).OrThrow();
        return new ChangeMyPasswordResponse();
    }

    public override async Task<Organization> CreateOrganization(CreateOrganizationRequest request, ServerCallContext context) =>
        (await mediator.Send(new CreateOrganizationCommand(request.Organization.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Organization> UpdateOrganization(UpdateOrganizationRequest request, ServerCallContext context) =>
        (await mediator.Send(new UpdateOrganizationCommand(ParseOrganization(request.Name), request.Organization.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Organization> GetOrganization(GetOrganizationRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetOrganizationQuery(ParseOrganization(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListOrganizationsResponse> ListOrganizations(ListOrganizationsRequest request, ServerCallContext context)
    {
        var page = (await mediator.Send(new ListOrganizationsQuery(request.PageSize, request.PageToken), context.CancellationToken)).OrThrow();
        var response = new ListOrganizationsResponse { NextPageToken = page.NextPageToken };
        response.Organizations.AddRange(page.Items.Select(o => o.ToProto()));
        return response;
    }

    public override async Task<GrantAccessResponse> GrantContactAccess(GrantContactAccessRequest request, ServerCallContext context) =>
        (await mediator.Send(new GrantContactAccessCommand(ParseOrganization(request.Organization, "organization"), request.Person.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Account> DeactivateAccount(DeactivateAccountRequest request, ServerCallContext context) =>
        (await mediator.Send(new DeactivateAccountCommand(ParseAccount(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<GrantAccessResponse> ReplaceContact(ReplaceContactRequest request, ServerCallContext context) =>
        (await mediator.Send(new ReplaceContactCommand(ParseAccount(request.Name), request.Successor.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListAccountsResponse> ListAccounts(ListAccountsRequest request, ServerCallContext context)
    {
        var query = new ListAccountsQuery(request.Kind.To<Domain.Accounts.AccountKind>(), ParseOptionalOrganization(request.Organization, "organization"), request.PageSize, request.PageToken);
        var page = (await mediator.Send(query, context.CancellationToken)).OrThrow();
        var response = new ListAccountsResponse { NextPageToken = page.NextPageToken };
        response.Accounts.AddRange(page.Items.Select(a => a.ToProto()));
        return response;
    }

    public override async Task<GrantAccessResponse> CreateAgent(CreateAgentRequest request, ServerCallContext context) =>
        (await mediator.Send(new CreateAgentCommand(request.Person.ToDomain(), request.Agent.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Account> UpdateAgent(UpdateAgentRequest request, ServerCallContext context) =>
        (await mediator.Send(new UpdateAgentCommand(ParseAccount(request.Name), request.Agent.ToDomain()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<RegisterPartnerSystemResponse> RegisterPartnerSystem(RegisterPartnerSystemRequest request, ServerCallContext context)
    {
        var registered = (await mediator.Send(new RegisterPartnerSystemCommand(ParseOrganization(request.Organization, "organization"), request.DisplayName), context.CancellationToken)).OrThrow();
        return new RegisterPartnerSystemResponse { PartnerSystem = registered.PartnerSystem.ToProto(), ApiKey = registered.ApiKey };
    }

    public override async Task<PartnerSystem> DeactivatePartnerSystem(DeactivatePartnerSystemRequest request, ServerCallContext context) =>
        (await mediator.Send(new DeactivatePartnerSystemCommand(ParsePartnerSystem(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListPartnerSystemsResponse> ListPartnerSystems(ListPartnerSystemsRequest request, ServerCallContext context)
    {
        var partners = (await mediator.Send(new ListPartnerSystemsQuery(ParseOrganization(request.Organization, "organization")), context.CancellationToken)).OrThrow();
        var response = new ListPartnerSystemsResponse();
        response.PartnerSystems.AddRange(partners.Select(p => p.ToProto()));
        return response;
    }
}
