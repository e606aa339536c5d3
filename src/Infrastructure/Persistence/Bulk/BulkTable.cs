using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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

/// <summary>One column: reads the property from an entity (through its complex properties) and converts it for the store.</summary>
internal sealed class BulkColumn(IProperty property, StoreObjectIdentifier table)
{
    public IProperty Property { get; } = property;
    public string Name { get; } = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.Name} has no column.");
    public string StoreType { get; } = property.GetColumnType(table);
    public RelationalTypeMapping Mapping { get; } = property.GetRelationalTypeMapping();

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
    public object? StoreValue(object entity)
    {
        var value = Container(Property.DeclaringType, entity) is { } container ? Property.GetGetter().GetClrValue(container) : null;
        return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
    }

    // A property of an optional complex value (a ticket's SLA clock) is null when the complex value is.
    private static object? Container(ITypeBase declaringType, object entity)
    {
        if (declaringType is not IComplexType complex) return entity;
        return Container(complex.ComplexProperty.DeclaringType, entity) is { } outer ? complex.ComplexProperty.GetGetter().GetClrValue(outer) : null;
    }
}
