namespace Sparrow.Components;

/// <summary>
/// The <c>type</c> of an <c>input</c>: which characters its keyboard offers. Headless there is no
/// keyboard, so the type filters what is typed to the characters that keyboard has.
/// </summary>
public enum TextInputType
{
    /// <summary><c>text</c>: any character but line breaks (an input is one line).</summary>
    Text,

    /// <summary><c>number</c>: the digits 0–9.</summary>
    Number,

    /// <summary><c>digit</c>: the digits and the decimal point.</summary>
    Digit,

    /// <summary><c>idcard</c>: the digits and <c>X</c> (a Chinese ID number's check character; <c>x</c> is taken as <c>X</c>).</summary>
    IdCard,

    /// <summary>A <c>textarea</c>: any character, line breaks included.</summary>
    MultiLine,
}
