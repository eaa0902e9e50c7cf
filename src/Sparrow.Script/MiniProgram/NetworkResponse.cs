using System.Collections.Generic;

namespace Sparrow.Script.MiniProgram;

/// <summary>What came back: status, headers (repeated names kept as repeated entries), the whole body.</summary>
public sealed record NetworkResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);
