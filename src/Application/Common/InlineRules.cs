using FluentValidation;

namespace ServiceDesk.Application.Common;

/// <summary>Rules for one subtype of a polymorphic change, for <c>SetInheritanceValidator</c>.</summary>
public static class InlineRules
{
    public static InlineValidator<T> Rules<T>(Action<InlineValidator<T>> define)
    {
        var validator = new InlineValidator<T>();
        define(validator);
        return validator;
    }
}
