using FluentValidation;
using static ServiceDesk.Application.Common.InlineRules;

namespace ServiceDesk.Application.Deliveries.ChangeDelivery;

/// <summary>Shape checks of the changes that carry input; the workflow rules stay in the aggregate.</summary>
public sealed class ChangeDeliveryValidator : AbstractValidator<ChangeDeliveryCommand>
{
    public ChangeDeliveryValidator()
    {
        RuleFor(c => c.Change).SetInheritanceValidator(v =>
        {
            v.Add(Rules<SetEstimatedDate>(r => r.RuleFor(c => c.Reason).MaximumLength(DeliveryLimits.Text)));
            v.Add(Rules<AddDocument>(r =>
            {
                r.RuleFor(c => c.Title).NotEmpty().MaximumLength(DeliveryLimits.Title);
                r.RuleFor(c => c.Url).NotEmpty().MaximumLength(DeliveryLimits.Url)
                    .Must(IsWebAddress).WithMessage("Use an absolute http or https address.");
            }));
            v.Add(Rules<RecordMilestone>(r => r.RuleFor(c => c.Milestone).IsInEnum()));
            v.Add(Rules<ChangeIncludedTicket>(r => r.RuleFor(c => c.Reason).NotEmpty().MaximumLength(DeliveryLimits.Text)));
            v.Add(Rules<HandOverPackage>(r =>
            {
                r.RuleFor(c => c.DownloadLocation).NotEmpty().MaximumLength(DeliveryLimits.Url);
                r.RuleFor(c => c.Message).MaximumLength(DeliveryLimits.Text);
            }));
        });
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
