using ServiceDesk.Domain.Tickets;
using Xunit;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 3: the human-readable key, e.g. SD-1042.</summary>
public sealed class TicketKeyTests
{
    [Fact]
    public void Key_is_the_prefix_and_the_number()
    {
        Assert.Equal("SD-1042", Ticket.FormatKey(1042));
        Assert.Equal("SD-1042", new TicketBuilder().Open().Key);
    }

    [Theory]
    [InlineData("SD-1042", 1042)]
    [InlineData("sd-7", 7)]
    public void Key_parses_back_to_its_number(string key, long number)
    {
        Assert.True(Ticket.TryParseKey(key, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SD-")]
    [InlineData("SD-abc")]
    [InlineData("XX-1")]
    [InlineData("SD--1")]
    [InlineData("SD-+1")]
    [InlineData("SD-0")]
    [InlineData("SD- 1")]
    [InlineData("1042")]
    public void Anything_else_is_not_a_key(string? key)
    {
        Assert.False(Ticket.TryParseKey(key, out _));
    }
}
