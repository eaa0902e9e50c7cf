namespace Sparrow.Css;

/// <summary>The token types of CSS Syntax Level 3 §4 (https://www.w3.org/TR/css-syntax-3/#tokenization).</summary>
internal enum CssTokenKind : byte
{
    Eof,
    Ident,
    Function,
    AtKeyword,
    Hash,
    String,
    BadString,
    Url,
    BadUrl,
    Delim,
    Number,
    Percentage,
    Dimension,
    Whitespace,
    Cdo,
    Cdc,
    Colon,
    Semicolon,
    Comma,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
}
