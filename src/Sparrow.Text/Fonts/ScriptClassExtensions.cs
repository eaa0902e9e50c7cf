using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>Maps HarfBuzz script tags to <see cref="ScriptClass"/> and script classes to fontconfig languages.</summary>
internal static class ScriptClassExtensions
{
    public static ScriptClass FromScript(uint hbScript) => hbScript switch
    {
        _ when hbScript == HarfBuzz.Tag('H', 'a', 'n', 'i') || hbScript == HarfBuzz.Tag('B', 'o', 'p', 'o') => ScriptClass.Han,
        _ when hbScript == HarfBuzz.Tag('H', 'i', 'r', 'a') || hbScript == HarfBuzz.Tag('K', 'a', 'n', 'a') => ScriptClass.Japanese,
        _ when hbScript == HarfBuzz.Tag('H', 'a', 'n', 'g') => ScriptClass.Hangul,
        _ => ScriptClass.Latin,
    };

    /// <summary>
    /// The fontconfig language for generic families and fallback. Latin-script text takes the
    /// content language, which for WeChat mini programs is zh-CN (the conformance pages say so).
    /// </summary>
    public static string GenericLanguage(this ScriptClass script) => script switch
    {
        ScriptClass.Japanese => ":lang=ja",
        ScriptClass.Hangul => ":lang=ko",
        _ => ":lang=zh-cn",
    };
}
