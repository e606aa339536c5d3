using System.Security.Cryptography;
using System.Text;
using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Identity;

/// <summary>
/// PBKDF2-SHA256 with a random salt, written as <c>pbkdf2-sha256$iterations$salt$hash</c> so the work factor
/// can be raised later without invalidating existing hashes.
/// </summary>
internal sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(string hash, string password)
    {
        var parts = hash.Split('$');
        if (parts is not [Scheme, var iterationText, var saltText, var hashText] || !int.TryParse(iterationText, out var iterations) || iterations < 1)
            return false;
        try
        {
            var expected = Convert.FromBase64String(hashText);
            return CryptographicOperations.FixedTimeEquals(Derive(password, Convert.FromBase64String(saltText), iterations), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
