using System;
using System.Collections.Generic;

namespace Sparrow.Script.MiniProgram;

/// <summary>One <c>wx.request</c> as it goes out: absolute http(s) URL, upper-case method, headers, body (null: none).</summary>
public sealed record NetworkRequest(Uri Url, string Method, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body);
