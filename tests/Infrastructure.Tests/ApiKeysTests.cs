using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class ApiKeysTests
{
    private readonly ApiKeys _keys = new();

    [Fact]
    public void An_issued_key_is_found_by_its_prefix_and_verifies_against_its_hash()
    {
        var issued = _keys.Issue();

        Assert.StartsWith($"sdk_{issued.Prefix}_", issued.Key);
        Assert.Equal(issued.Prefix, _keys.PrefixOf(issued.Key));
        Assert.True(_keys.Verify(issued.Hash, issued.Key));
        Assert.DoesNotContain(issued.Key[13..], issued.Hash);
    }

    [Fact]
    public void Another_key_or_foreign_text_is_refused()
    {
        var issued = _keys.Issue();
        var other = _keys.Issue();
        var tampered = issued.Key[..^1] + (issued.Key[^1] == 'A' ? 'B' : 'A');

        Assert.False(_keys.Verify(issued.Hash, other.Key));
        Assert.False(_keys.Verify(issued.Hash, tampered));
        Assert.Null(_keys.PrefixOf("Bearer something"));
        Assert.Null(_keys.PrefixOf(issued.Key + "x"));
    }
}
