using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Sparrow.Host.Conformance.Suites.App;

/// <summary>Source-generated JSON for the app suite (the CLI is native AOT: no reflection).</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
