using Sparrow.Core;

namespace Sparrow.Package.Json;

/// <summary>One member of a JSON object, with where its name was written.</summary>
public readonly record struct JsonProperty(string Name, SourceLocation NameLocation, JsonNode Value);
