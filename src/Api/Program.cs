using Grpc.AspNetCore.Server;
using ServiceDesk.Api.Grpc.Interceptors;
using ServiceDesk.Api.Grpc.Services;
using ServiceDesk.Api.Hosting;
using ServiceDesk.Api.Identity;
using ServiceDesk.Api.Workers;
using ServiceDesk.Application;
using ServiceDesk.Application.Behaviors;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets.Attachments;
using ServiceDesk.Application.Tickets.CreateTicket;
using ServiceDesk.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(PortalLinks.From(builder.Configuration["Portal:BaseUrl"] ?? "http://localhost:5101/"));
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddMediator(options =>
{
    options.Assemblies = [typeof(CreateTicketCommand)];
    options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
    options.ServiceLifetime = ServiceLifetime.Scoped;
});
builder.Services.AddWorker<OutgoingMailWorker>(builder.Configuration);
// Inbound mail is off until a mailbox is configured.
if (!string.IsNullOrWhiteSpace(builder.Configuration["Mail:Imap:Host"])) builder.Services.AddWorker<InboundMailWorker>(builder.Configuration);
builder.Services.AddServiceDeskAuthentication();
builder.Services.AddGrpc(options =>
{
    options.Interceptors.Add<ExceptionInterceptor>();
    options.Interceptors.Add<CallerInterceptor>();
    options.MaxReceiveMessageSize = 4 * 1024 * 1024;
});
// UploadSmallAttachment carries a whole file in one message: the refusal of a file over the limit then comes from
// the attachment use case, as for the streamed upload, not from the transport.
builder.Services.AddOptions<GrpcServiceOptions<TicketGrpcService>>().Configure<AttachmentOptions>((options, attachments) =>
    options.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, attachments.MaxBytes + 64 * 1024));
builder.Services.AddGrpcReflection();
builder.Services.AddGrpcHealthChecks().AddServiceDeskHealthChecks();
builder.Services.AddWorker<TicketTimerWorker>(builder.Configuration);
builder.Services.AddWorker<OtherInstancesChangesWorker>(builder.Configuration);

var app = builder.Build();

await app.PrepareAsync();

// The UI's files are public; every gRPC call behind them still needs a caller.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
app.UseAuthentication();
app.UseAuthorization();

app.MapGrpcService<TicketGrpcService>();
app.MapGrpcService<AccountGrpcService>();
app.MapGrpcService<DeliveryGrpcService>();
app.MapGrpcService<EscalationGrpcService>();
app.MapGrpcService<MailGrpcService>();
app.MapGrpcService<BillingGrpcService>();
app.MapGrpcService<ReportGrpcService>();
app.MapGrpcService<SlaGrpcService>();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapGrpcReflectionService().AllowAnonymous();

app.Run();

/// <summary>The entry point, visible to the functional tests' host.</summary>
public partial class Program;
