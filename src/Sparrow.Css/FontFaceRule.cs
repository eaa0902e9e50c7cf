using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>An <c>@font-face</c> rule, kept for the text stage: descriptor name to its normalized text (<c>font-family</c>, <c>src</c>, …).</summary>
public sealed record FontFaceRule(IReadOnlyDictionary<string, string> Descriptors);
