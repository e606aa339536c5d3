using System.Security.Cryptography;
using ServiceDesk.Application.Abstractions;

namespace ServiceDesk.Infrastructure.Identity;

/// <summary>Twenty random letters and digits (about 119 bits), without characters that are easily confused.</summary>
internal sealed class PasswordGenerator : IPasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
