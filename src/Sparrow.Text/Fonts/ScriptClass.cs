namespace Sparrow.Text;

/// <summary>
/// The coarse script groups that pick a fallback chain: each maps to the fontconfig language that
/// makes fontconfig prefer the right faces (zh-cn puts Noto Sans CJK SC first, as on WeChat's
/// Android build with its Chinese system font).
/// </summary>
internal enum ScriptClass : byte
{
    Latin = 0,
    Han = 1,
    Japanese = 2,
    Hangul = 3,
}
