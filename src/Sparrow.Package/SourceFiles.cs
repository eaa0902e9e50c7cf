using System;

namespace Sparrow.Package;

/// <summary>Which of the four files of a page or component exist (<c>.js .wxml .wxss .json</c>).</summary>
[Flags]
public enum SourceFiles : byte
{
    None = 0,
    Js = 1,
    Wxml = 2,
    Wxss = 4,
    Json = 8,
}
