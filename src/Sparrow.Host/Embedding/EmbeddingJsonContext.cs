using System.Text.Json.Serialization;

namespace Sparrow.Host.Embedding;

/// <summary>Source-generated JSON (AOT) for the embedding API's small payloads.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
internal sealed partial class EmbeddingJsonContext : JsonSerializerContext
{
}
