using System;

namespace Sparrow.Css;

/// <summary>What a change of a property's computed value makes dirty downstream.</summary>
[Flags]
public enum PropertyEffects : byte
{
    None = 0,
    Layout = 1,
    Paint = 2,
}
