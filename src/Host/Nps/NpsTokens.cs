using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Nps;

/// <summary>
/// Survey tokens: HMAC-SHA256 of the tenant and the activity execution id under a platform key, written base64url
/// (32 bytes, 43 characters). Without the key a token cannot be guessed; with it, a re-run of the same execution
/// derives the same token and so finds its survey. The key is 32 random bytes made on first use and kept in the
/// secret store under the platform scope, encrypted with Data Protection, so every process derives the same tokens.
/// Losing it only costs that re-run idempotency: the tokens already handed out are stored rows.
/// </summary>
internal sealed class NpsTokens(SecretStore secrets, IDataProtectionProvider protection)
{
    private const string KeyName = "nps-token-key";

    private byte[]? key;

    public async Task<string> ForExecutionAsync(string tenantId, string executionId, CancellationToken cancellationToken)
    {
        var mac = HMACSHA256.HashData(await KeyAsync(cancellationToken), Encoding.UTF8.GetBytes($"{tenantId}\n{executionId}"));
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>Concurrent first calls may each propose a key; the store keeps the first, and all of them read it back.</summary>
    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref key) is { } known)
        {
            return known;
        }

        var protector = protection.CreateProtector("WorkflowPlatform.Nps.TokenKey");
        var stored = await secrets.GetProtectedAsync(StoreDb.AllTenants, KeyName, cancellationToken)
            ?? await secrets.AddIfAbsentAsync(StoreDb.AllTenants, KeyName, protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), cancellationToken);
        var loaded = Convert.FromBase64String(protector.Unprotect(stored));
        Volatile.Write(ref key, loaded);
        return loaded;
    }
}
