using System.Text.Json.Serialization;

namespace Sparrow.Native;

/// <summary>Source-generated JSON (AOT) for what the C ABI hands back as JSON text.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class NativeJsonContext : JsonSerializerContext
{
}
