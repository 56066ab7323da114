using System.Runtime.InteropServices;

namespace WorkflowPlatform.Store;

/// <summary>Embeddings as bytes: float32, little-endian.</summary>
public static class VectorBytes
{
    public static byte[] FromFloats(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static float[] ToFloats(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
