using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;
using Xunit;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 3: "delivered with version" is a patch version or the word CUSTOM.</summary>
public sealed class FixVersionTests
{
    [Theory]
    [InlineData("7.4.12", "7.4.12", false)]
    [InlineData("7.4.12-hotfix.1", "7.4.12-hotfix.1", false)]
    [InlineData(" 7.4.12 ", "7.4.12", false)]
    [InlineData("custom", "CUSTOM", true)]
    [InlineData("CUSTOM", "CUSTOM", true)]
    public void Fix_version_is_a_patch_version_or_CUSTOM(string text, string value, bool isCustom)
    {
        var parsed = FixVersion.Parse(text);

        Assert.True(parsed.IsSuccess);
        Assert.Equal((value, isCustom), (parsed.Value.Value, parsed.Value.IsCustom));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("7")]
    [InlineData("7.4.12 hotfix")]
    public void Anything_else_is_not_a_fix_version(string? text)
    {
        var parsed = FixVersion.Parse(text);

        Assert.True(parsed.IsFailure);
        Assert.Equal((ErrorKind.Invalid, "fix_version"), (parsed.Error!.Kind, parsed.Error.Field));
    }
}
