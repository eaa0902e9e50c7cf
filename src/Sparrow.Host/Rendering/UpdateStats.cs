using System;

namespace Sparrow.Host.Rendering;

/// <summary>What one <see cref="PageDocument.Update"/> did: nodes restyled, whether layout ran, boxes, and the time per stage.</summary>
public readonly record struct UpdateStats(int Restyled, bool LaidOut, int Boxes, TimeSpan Style, TimeSpan Layout, TimeSpan Text);
