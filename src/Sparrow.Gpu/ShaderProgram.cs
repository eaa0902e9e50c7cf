using System;
using System.Collections.Generic;
using System.Text;
using Sparrow.Core;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// A linked GLSL ES 3.00 program built from files: each stage is the prelude (<c>#version</c>,
/// precisions) then its files, file N after <c>#line N*10000+1 N</c>, so a compiler's line number (or its
/// source-string number, where it prints one) says which file an error is in (<see cref="ShaderLog"/>). Attribute i of the layout is bound to location i before linking.
/// </summary>
internal sealed unsafe class ShaderProgram : IDisposable
{
    private const string Prelude = "#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;\n";

    private ShaderProgram(string name, uint handle)
    {
        Name = name;
        Handle = handle;
    }

    public string Name { get; }

    public uint Handle { get; private set; }

    /// <summary>The program, or null after reporting each compile or link error to <paramref name="sink"/>.</summary>
    public static ShaderProgram? TryCreate(
        string name,
        IReadOnlyList<ShaderSource> vertexFiles,
        IReadOnlyList<ShaderSource> fragmentFiles,
        IReadOnlyList<InstanceAttribute> attributes,
        IDiagnosticSink sink)
    {
        var vs = Compile(Gl.GL_VERTEX_SHADER, vertexFiles, sink);
        var fs = Compile(Gl.GL_FRAGMENT_SHADER, fragmentFiles, sink);
        if (vs == 0 || fs == 0)
        {
            Gl.glDeleteShader(vs);
            Gl.glDeleteShader(fs);
            return null;
        }

        var program = Gl.glCreateProgram();
        Gl.glAttachShader(program, vs);
        Gl.glAttachShader(program, fs);
        for (var i = 0; i < attributes.Count; i++)
        {
            fixed (byte* p = Utf8Z(attributes[i].Name))
            {
                Gl.glBindAttribLocation(program, (uint)i, p);
            }
        }

        Gl.glLinkProgram(program);
        Gl.glDeleteShader(vs);
        Gl.glDeleteShader(fs);
        int ok;
        Gl.glGetProgramiv(program, Gl.GL_LINK_STATUS, &ok);
        if (ok == 0)
        {
            var log = ProgramLog(program);
            var file = fragmentFiles[^1].Name;
            sink.Report(Diagnostic.Error(GpuDiagnosticCodes.ShaderLinkFailed, $"Linking {name} failed: {log.Trim()}", SourceLocation.InFile(file)));
            Gl.glDeleteProgram(program);
            return null;
        }

        return new ShaderProgram(name, program);
    }

    public int Uniform(string name)
    {
        fixed (byte* p = Utf8Z(name))
        {
            return Gl.glGetUniformLocation(Handle, p);
        }
    }

    public int AttributeLocation(string name)
    {
        fixed (byte* p = Utf8Z(name))
        {
            return Gl.glGetAttribLocation(Handle, p);
        }
    }

    /// <summary>The names and GL types of the attributes the linker kept (for the layout mirror tests).</summary>
    public IReadOnlyList<(string Name, uint Type)> ActiveAttributes()
    {
        int count;
        Gl.glGetProgramiv(Handle, Gl.GL_ACTIVE_ATTRIBUTES, &count);
        var result = new List<(string, uint)>();
        var buffer = stackalloc byte[128];
        for (var i = 0; i < count; i++)
        {
            int length;
            int size;
            uint type;
            Gl.glGetActiveAttrib(Handle, (uint)i, 128, &length, &size, &type, buffer);
            result.Add((Encoding.UTF8.GetString(buffer, length), type));
        }

        return result;
    }

    public void Dispose()
    {
        if (Handle != 0)
        {
            Gl.glDeleteProgram(Handle);
            Handle = 0;
        }
    }

    private static uint Compile(uint stage, IReadOnlyList<ShaderSource> files, IDiagnosticSink sink)
    {
        var text = new StringBuilder(Prelude);
        var names = new List<string> { "<prelude>" };
        for (var i = 0; i < files.Count; i++)
        {
            text.Append("#line ").Append(((i + 1) * ShaderLog.LinesPerFile) + 1).Append(' ').Append(i + 1).Append('\n').Append(files[i].Text).Append('\n');
            names.Add(files[i].Name);
        }

        var shader = Gl.glCreateShader(stage);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        fixed (byte* p = bytes)
        {
            var ptr = p;
            var len = bytes.Length;
            Gl.glShaderSource(shader, 1, &ptr, &len);
        }

        Gl.glCompileShader(shader);
        int ok;
        Gl.glGetShaderiv(shader, Gl.GL_COMPILE_STATUS, &ok);
        if (ok != 0)
        {
            return shader;
        }

        var log = ShaderInfoLog(shader);
        Gl.glDeleteShader(shader);
        var diagnostics = ShaderLog.Parse(log, names, GpuDiagnosticCodes.ShaderCompileFailed, files[^1].Name);
        if (diagnostics.Count == 0)
        {
            sink.Report(Diagnostic.Error(GpuDiagnosticCodes.ShaderCompileFailed, "Compiling failed: " + log.Trim(), SourceLocation.InFile(files[^1].Name)));
        }

        foreach (var d in diagnostics)
        {
            sink.Report(d);
        }

        return 0;
    }

    private static string ShaderInfoLog(uint shader)
    {
        int length;
        Gl.glGetShaderiv(shader, Gl.GL_INFO_LOG_LENGTH, &length);
        var buffer = new byte[Math.Max(length, 1)];
        fixed (byte* p = buffer)
        {
            int written;
            Gl.glGetShaderInfoLog(shader, buffer.Length, &written, p);
            return Encoding.UTF8.GetString(buffer, 0, Math.Max(written, 0));
        }
    }

    private static string ProgramLog(uint program)
    {
        int length;
        Gl.glGetProgramiv(program, Gl.GL_INFO_LOG_LENGTH, &length);
        var buffer = new byte[Math.Max(length, 1)];
        fixed (byte* p = buffer)
        {
            int written;
            Gl.glGetProgramInfoLog(program, buffer.Length, &written, p);
            return Encoding.UTF8.GetString(buffer, 0, Math.Max(written, 0));
        }
    }

    private static byte[] Utf8Z(string s)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, bytes);
        return bytes;
    }
}
