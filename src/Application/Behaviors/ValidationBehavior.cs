using FluentValidation;
using Mediator;
using ServiceDesk.Application.Common;

namespace ServiceDesk.Application.Behaviors;

/// <summary>Runs every validator of a message before its handler; shape errors never reach the domain.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            violations.AddRange(result.Errors.Select(e => new FieldViolation(FieldPath(e.PropertyName), e.ErrorMessage)));
        }
        if (violations.Count > 0) throw new InputValidationException(violations);
        return await next(message, cancellationToken);
    }

    /// <summary>`Ticket.YourReference` becomes `ticket.your_reference`: the names a gRPC caller knows. The fields of a ticket change are the request's own, so the `Change.` wrapper is dropped.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').SkipWhile(s => s == "Change").Select(Snake));

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
