using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>An <c>@keyframes</c> rule: its name and its keyframes as offsets (0–1) with declarations (CSS Animations 1 §3).</summary>
public sealed record KeyframesRule(string Name, IReadOnlyList<(float[] Offsets, CssDeclaration[] Declarations)> Frames);
