using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.InboundMail;
using ServiceDesk.Contracts.Mail.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;

namespace ServiceDesk.Api.Grpc.Mapping;

public static class MailMapping
{
    public static OutgoingMail ToProto(this QueuedMail mail) => new()
    {
        Name = OutgoingMail(mail.Id),
        Kind = mail.Kind.ToProto<MailKind>(),
        To = mail.To,
        Subject = mail.Subject,
        Status = mail.Status.ToProto<MailStatus>(),
        Attempts = mail.Attempts,
        LastError = mail.LastError ?? "",
        CreateTime = mail.CreatedAt.ToProto(),
    };

    public static QuarantinedMail ToProto(this ReceivedMail mail) => new()
    {
        Name = QuarantinedMail(mail.Id),
        MessageId = mail.MessageId,
        From = mail.FromAddress,
        Subject = mail.Subject,
        Reason = mail.Outcome.ToProto<QuarantineReason>(),
        Detail = mail.Detail ?? "",
        Text = mail.Text ?? "",
        ReceiveTime = mail.ReceivedAt.ToProto(),
    };
}
