namespace Sparrow.Css;

/// <summary>The computed initial value of every property, parsed once from the table's initial text.</summary>
internal static class CssInitialValues
{
    private static readonly CssValue[] Values = Build();

    public static CssValue Get(CssProperty p) => Values[p.Id];

    public static CssValue Get(int id) => Values[id];

    private static CssValue[] Build()
    {
        var computer = new CssComputer(StyleEnvironment.Default);
        var values = new CssValue[CssProperties.Count];
        foreach (var p in CssProperties.All)
        {
            var text = p.InitialText;
            var reader = new CssTokenReader(text);
            var tokens = new System.Collections.Generic.List<CssToken>();
            for (var t = reader.Read(); t.Kind != CssTokenKind.Eof; t = reader.Read())
            {
                tokens.Add(t);
            }

            if (!CssValueParser.TryParse(p, tokens.ToArray(), text, out var v))
            {
                Sparrow.Core.ThrowHelper.InvalidOperation($"The initial value '{text}' of {p.Name} does not parse by its own grammar.");
            }

            values[p.Id] = computer.ComputeInitial(p, v);
        }

        return values;
    }
}
