using System;
using System.Runtime.InteropServices;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// One primitive kind's program, vertex array and instance buffer. Each frame the kind's whole array
/// is uploaded once (the buffer is orphaned with glBufferData, then filled with glBufferSubData; it only
/// grows); each batch then re-points the instance attributes at its first instance, since GLES 3.0 has
/// no base-instance draw, and draws a 4-vertex strip per instance.
/// </summary>
internal sealed unsafe class Pipeline : IDisposable
{
    private readonly int _viewportUniform;
    private readonly int _textureUniform;
    private uint _vao;
    private uint _buffer;
    private nint _capacity;

    public Pipeline(ShaderProgram program, InstanceLayout layout)
    {
        Program = program;
        Layout = layout;
        _viewportUniform = program.Uniform("u_viewport");
        _textureUniform = program.Uniform("u_texture");
        uint vao;
        uint buffer;
        Gl.glGenVertexArrays(1, &vao);
        Gl.glGenBuffers(1, &buffer);
        _vao = vao;
        _buffer = buffer;
        Gl.glBindVertexArray(vao);
        Gl.glBindBuffer(Gl.GL_ARRAY_BUFFER, buffer);
        for (var i = 0; i < layout.Attributes.Count; i++)
        {
            Gl.glEnableVertexAttribArray((uint)i);
            Gl.glVertexAttribDivisor((uint)i, 1);
        }

        Gl.glBindVertexArray(0);
    }

    public ShaderProgram Program { get; }

    public InstanceLayout Layout { get; }

    public void Upload<T>(ReadOnlySpan<T> instances)
        where T : unmanaged
    {
        if (instances.IsEmpty)
        {
            return;
        }

        var bytes = MemoryMarshal.AsBytes(instances);
        Gl.glBindBuffer(Gl.GL_ARRAY_BUFFER, _buffer);
        if (bytes.Length > _capacity)
        {
            _capacity = Math.Max(bytes.Length, _capacity * 2);
        }

        // Orphan: the driver may hand us fresh storage instead of waiting for last frame's draws.
        Gl.glBufferData(Gl.GL_ARRAY_BUFFER, _capacity, null, Gl.GL_STREAM_DRAW);
        fixed (byte* p = bytes)
        {
            Gl.glBufferSubData(Gl.GL_ARRAY_BUFFER, 0, bytes.Length, p);
        }
    }

    /// <summary>Makes this pipeline current for a target of the given size; <paramref name="texture"/> 0 binds none.</summary>
    public void Use(int width, int height, uint texture)
    {
        Gl.glUseProgram(Program.Handle);
        Gl.glUniform2f(_viewportUniform, width, height);
        if (_textureUniform >= 0)
        {
            Gl.glActiveTexture(Gl.GL_TEXTURE0);
            Gl.glBindTexture(Gl.GL_TEXTURE_2D, texture);
            Gl.glUniform1i(_textureUniform, 0);
        }

        Gl.glBindVertexArray(_vao);
    }

    /// <summary>Draws instances <paramref name="first"/> .. first + count of the uploaded array. One draw call.</summary>
    public void Draw(int first, int count)
    {
        Gl.glBindBuffer(Gl.GL_ARRAY_BUFFER, _buffer);
        var stride = Layout.Stride;
        var baseOffset = (nint)first * stride;
        for (var i = 0; i < Layout.Attributes.Count; i++)
        {
            var a = Layout.Attributes[i];
            if (a.Integer)
            {
                Gl.glVertexAttribIPointer((uint)i, a.Components, a.GlType, stride, baseOffset + a.Offset);
            }
            else
            {
                Gl.glVertexAttribPointer((uint)i, a.Components, a.GlType, a.Normalized ? (byte)1 : (byte)0, stride, baseOffset + a.Offset);
            }
        }

        Gl.glDrawArraysInstanced(Gl.GL_TRIANGLE_STRIP, 0, 4, count);
    }

    public void Dispose()
    {
        if (_vao != 0)
        {
            var vao = _vao;
            var buffer = _buffer;
            Gl.glDeleteVertexArrays(1, &vao);
            Gl.glDeleteBuffers(1, &buffer);
            _vao = 0;
            _buffer = 0;
        }

        Program.Dispose();
    }
}
