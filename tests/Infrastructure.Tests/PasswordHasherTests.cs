using ServiceDesk.Infrastructure.Identity;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class PasswordHasherTests
{
    private readonly Pbkdf2PasswordHasher _hasher = new();

    [Fact]
    public void A_hash_verifies_its_password_and_refuses_any_other()
    {
        var hash = _hasher.Hash("correct horse battery staple");

        Assert.StartsWith("pbkdf2-sha256$100000$", hash);
        Assert.True(_hasher.Verify(hash, "correct horse battery staple"));
        Assert.False(_hasher.Verify(hash, "correct horse battery stapler"));
        Assert.NotEqual(hash, _hasher.Hash("correct horse battery staple"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("md5$1$AAAA$AAAA")]
    public void A_malformed_hash_refuses(string hash) => Assert.False(_hasher.Verify(hash, "anything"));
}
