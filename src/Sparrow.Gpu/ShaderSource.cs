using System.IO;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>A GLSL file by name (its role, e.g. <c>quad.frag.glsl</c>) and text. Built-in ones are embedded resources.</summary>
public sealed record ShaderSource(string Name, string Text)
{
    /// <summary>The embedded <c>Shaders/<paramref name="name"/></c>.</summary>
    public static ShaderSource Embedded(string name)
    {
        using var stream = typeof(ShaderSource).Assembly.GetManifestResourceStream("Sparrow.Gpu.Shaders." + name);
        if (stream == null)
        {
            ThrowHelper.Argument(nameof(name), $"No embedded shader named {name}.");
        }

        using var reader = new StreamReader(stream);
        return new ShaderSource(name, reader.ReadToEnd());
    }
}
