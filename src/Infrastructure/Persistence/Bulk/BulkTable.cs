using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDesk.Infrastructure.Persistence.Bulk;

/// <summary>
/// An entity type's table as the EF model maps it: its name, key, concurrency token and every column EF writes on an
/// insert (columns the database fills, such as PostgreSQL's search vector, are left to it), with the value converters
/// and store types EF itself would use.
/// </summary>
internal sealed class BulkTable
{
    private static readonly ConcurrentDictionary<IEntityType, BulkTable> Known = new();

    public string Name { get; }
    public BulkColumn Key { get; }
    public BulkColumn? ConcurrencyToken { get; }
    /// <summary>Every written column, the key first.</summary>
    public List<BulkColumn> Columns { get; }

    private BulkTable(IEntityType entityType)
    {
        Name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(Name, entityType.GetSchema());
        var written = entityType.GetFlattenedProperties()
            .Where(p => p.GetBeforeSaveBehavior() is PropertySaveBehavior.Save)
            .Select(p => new BulkColumn(p, table))
            .ToList();
        var key = entityType.FindPrimaryKey()?.Properties.SingleOrDefault()
            ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no single-column key.");
        Key = written.Single(c => c.Property == key);
        ConcurrencyToken = written.SingleOrDefault(c => c.Property.IsConcurrencyToken);
        Columns = [Key, .. written.Where(c => c != Key)];
    }

    public static BulkTable Of<T>(DbContext db) =>
        Known.GetOrAdd(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity type."),
            entityType => new BulkTable(entityType));
}

/// <summary>
/// One column: reads the property from an entity (through its complex properties) and converts it for the store, with
/// a reader compiled once from the model's member accessors and value converter.
/// </summary>
internal sealed class BulkColumn
{
    private readonly Func<object, object?> _read;

    public BulkColumn(IProperty property, StoreObjectIdentifier table)
    {
        Property = property;
        Name = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.Name} has no column.");
        StoreType = property.GetColumnType(table);
        Mapping = property.GetRelationalTypeMapping();
        _read = CompileReader(property, Mapping.Converter);
    }

    public IProperty Property { get; }
    public string Name { get; }
    public string StoreType { get; }
    public RelationalTypeMapping Mapping { get; }

    /// <summary>The CLR type of the stored value, nullable so that one array can carry every row.</summary>
    public Type ProviderType
    {
        get
        {
            var type = Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
        }
    }

    /// <summary>The value as the store keeps it; null when the property (or the complex value holding it) is null.</summary>
    public object? StoreValue(object entity) => _read(entity);

    // entity => entity.Complex?.Property converted, boxed; null wherever a step of the path is null.
    private static Func<object, object?> CompileReader(IProperty property, ValueConverter? converter)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var result = Expression.Label(typeof(object), "result");
        var path = new List<IPropertyBase> { property };
        for (var type = property.DeclaringType; type is IComplexType complex; type = complex.ComplexProperty.DeclaringType)
            path.Insert(0, complex.ComplexProperty);
        var variables = new List<ParameterExpression>();
        var steps = new List<Expression>();
        Expression current = Expression.Convert(entity, path[0].DeclaringType.ClrType);
        foreach (var step in path)
        {
            var value = Expression.Variable(step.ClrType, step.Name);
            variables.Add(value);
            steps.Add(Expression.Assign(value, Expression.MakeMemberAccess(current, step.GetMemberInfo(forMaterialization: false, forSet: false))));
            current = value;
            if (step.ClrType.IsValueType && Nullable.GetUnderlyingType(step.ClrType) is null) continue;
            steps.Add(Expression.IfThen(Expression.Equal(value, Expression.Constant(null, step.ClrType)), Expression.Return(result, Expression.Constant(null))));
            if (Nullable.GetUnderlyingType(step.ClrType) is not null) current = Expression.Property(value, "Value");
        }
        if (converter is not null)
        {
            var toProvider = converter.ConvertToProviderExpression;
            current = ReplacingExpressionVisitor.Replace(toProvider.Parameters[0], Expression.Convert(current, converter.ModelClrType), toProvider.Body);
        }
        steps.Add(Expression.Label(result, Expression.Convert(current, typeof(object))));
        return Expression.Lambda<Func<object, object?>>(Expression.Block(variables, steps), entity).Compile();
    }
}
