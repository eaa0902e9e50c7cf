using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Sparrow.Script.MiniProgram;

/// <summary>Small JSON texts written with <see cref="Utf8JsonWriter"/> (AOT-safe, no reflection).</summary>
public static class JsonText
{
    /// <summary>A JSON object whose members <paramref name="write"/> writes, as a string.</summary>
    public static string Object(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
