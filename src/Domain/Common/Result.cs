namespace ServiceDesk.Domain.Common;

/// <summary>The outcome of a verb: success, or the rule that refused it.</summary>
public readonly record struct Result
{
    public DomainError? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    private Result(DomainError? error) => Error = error;

    public static Result Success { get; } = new(null);
    public static Result Fail(DomainError error) => new(error);

    public static implicit operator Result(DomainError error) => new(error);
}

/// <summary>The outcome of a verb that produces a value.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;
    public DomainError? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}");

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public static implicit operator Result<T>(T value) => new(value, null);
    public static Result<T> From(T value) => new(value, null);
    public static implicit operator Result<T>(DomainError error) => new(default, error);
}
