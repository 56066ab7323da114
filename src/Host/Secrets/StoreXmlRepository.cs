using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using WorkflowPlatform.Store;

namespace WorkflowPlatform.Host.Secrets;

/// <summary>Keeps the Data Protection key ring in the store, so every host process protects and unprotects alike.</summary>
internal sealed class StoreXmlRepository(DataProtectionKeyStore keys) : IXmlRepository
{
    // Data Protection calls these synchronously, at start and when the ring rotates (rarely).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.ListXmlAsync(CancellationToken.None).GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
}
