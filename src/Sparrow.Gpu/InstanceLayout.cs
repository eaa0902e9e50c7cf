using System.Collections.Generic;

namespace Sparrow.Gpu;

/// <summary>The attributes a pipeline reads from one instance struct of <see cref="Stride"/> bytes; attribute i is bound to location i.</summary>
public sealed record InstanceLayout(string Primitive, int Stride, IReadOnlyList<InstanceAttribute> Attributes);
