using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>
/// The OpenGL ES 3.0 entry points the renderer uses, exported by libGLESv2.so.2 (libglvnd dispatches to
/// the current context's driver). Only the renderer's classes call these, on the render thread, with a
/// context current. Constants from Khronos' gl3.h.
/// </summary>
internal static unsafe partial class Gl
{
    private const string Lib = "libGLESv2.so.2";

    public const uint GL_NO_ERROR = 0;
    public const uint GL_TRIANGLE_STRIP = 0x0005;
    public const uint GL_ONE = 1;
    public const uint GL_ONE_MINUS_SRC_ALPHA = 0x0303;
    public const uint GL_BLEND = 0x0BE2;
    public const uint GL_SCISSOR_TEST = 0x0C11;
    public const uint GL_DEPTH_TEST = 0x0B71;
    public const uint GL_CULL_FACE = 0x0B44;
    public const uint GL_UNPACK_ALIGNMENT = 0x0CF5;
    public const uint GL_PACK_ALIGNMENT = 0x0D05;
    public const uint GL_TEXTURE_2D = 0x0DE1;
    public const uint GL_BYTE = 0x1400;
    public const uint GL_UNSIGNED_BYTE = 0x1401;
    public const uint GL_INT = 0x1404;
    public const uint GL_UNSIGNED_INT = 0x1405;
    public const uint GL_FLOAT = 0x1406;
    public const uint GL_RED = 0x1903;
    public const uint GL_RGBA = 0x1908;
    public const uint GL_VENDOR = 0x1F00;
    public const uint GL_RENDERER = 0x1F01;
    public const uint GL_VERSION = 0x1F02;
    public const uint GL_NEAREST = 0x2600;
    public const uint GL_LINEAR = 0x2601;
    public const uint GL_TEXTURE_MAG_FILTER = 0x2800;
    public const uint GL_TEXTURE_MIN_FILTER = 0x2801;
    public const uint GL_TEXTURE_WRAP_S = 0x2802;
    public const uint GL_TEXTURE_WRAP_T = 0x2803;
    public const uint GL_CLAMP_TO_EDGE = 0x812F;
    public const uint GL_COLOR_BUFFER_BIT = 0x4000;
    public const uint GL_TEXTURE0 = 0x84C0;
    public const uint GL_ARRAY_BUFFER = 0x8892;
    public const uint GL_STREAM_DRAW = 0x88E0;
    public const uint GL_FRAGMENT_SHADER = 0x8B30;
    public const uint GL_VERTEX_SHADER = 0x8B31;
    public const uint GL_COMPILE_STATUS = 0x8B81;
    public const uint GL_LINK_STATUS = 0x8B82;
    public const uint GL_INFO_LOG_LENGTH = 0x8B84;
    public const uint GL_ACTIVE_ATTRIBUTES = 0x8B89;
    public const uint GL_R8 = 0x8229;
    public const uint GL_RGBA8 = 0x8058;
    public const uint GL_RGBA32F = 0x8814;
    public const uint GL_FRAMEBUFFER = 0x8D40;
    public const uint GL_RENDERBUFFER = 0x8D41;
    public const uint GL_COLOR_ATTACHMENT0 = 0x8CE0;
    public const uint GL_FRAMEBUFFER_COMPLETE = 0x8CD5;

    [LibraryImport(Lib)]
    public static partial uint glGetError();

    [LibraryImport(Lib)]
    public static partial byte* glGetString(uint name);

    [LibraryImport(Lib)]
    public static partial void glEnable(uint cap);

    [LibraryImport(Lib)]
    public static partial void glDisable(uint cap);

    [LibraryImport(Lib)]
    public static partial void glBlendFunc(uint sfactor, uint dfactor);

    [LibraryImport(Lib)]
    public static partial void glViewport(int x, int y, int width, int height);

    [LibraryImport(Lib)]
    public static partial void glScissor(int x, int y, int width, int height);

    [LibraryImport(Lib)]
    public static partial void glClearColor(float r, float g, float b, float a);

    [LibraryImport(Lib)]
    public static partial void glClear(uint mask);

    [LibraryImport(Lib)]
    public static partial void glPixelStorei(uint pname, int param);

    [LibraryImport(Lib)]
    public static partial void glReadPixels(int x, int y, int width, int height, uint format, uint type, void* pixels);

    [LibraryImport(Lib)]
    public static partial void glFinish();

    [LibraryImport(Lib)]
    public static partial uint glCreateShader(uint type);

    [LibraryImport(Lib)]
    public static partial void glShaderSource(uint shader, int count, byte** strings, int* lengths);

    [LibraryImport(Lib)]
    public static partial void glCompileShader(uint shader);

    [LibraryImport(Lib)]
    public static partial void glGetShaderiv(uint shader, uint pname, int* value);

    [LibraryImport(Lib)]
    public static partial void glGetShaderInfoLog(uint shader, int bufSize, int* length, byte* infoLog);

    [LibraryImport(Lib)]
    public static partial void glDeleteShader(uint shader);

    [LibraryImport(Lib)]
    public static partial uint glCreateProgram();

    [LibraryImport(Lib)]
    public static partial void glAttachShader(uint program, uint shader);

    [LibraryImport(Lib)]
    public static partial void glBindAttribLocation(uint program, uint index, byte* name);

    [LibraryImport(Lib)]
    public static partial void glLinkProgram(uint program);

    [LibraryImport(Lib)]
    public static partial void glGetProgramiv(uint program, uint pname, int* value);

    [LibraryImport(Lib)]
    public static partial void glGetProgramInfoLog(uint program, int bufSize, int* length, byte* infoLog);

    [LibraryImport(Lib)]
    public static partial void glGetActiveAttrib(uint program, uint index, int bufSize, int* length, int* size, uint* type, byte* name);

    [LibraryImport(Lib)]
    public static partial int glGetAttribLocation(uint program, byte* name);

    [LibraryImport(Lib)]
    public static partial void glDeleteProgram(uint program);

    [LibraryImport(Lib)]
    public static partial void glUseProgram(uint program);

    [LibraryImport(Lib)]
    public static partial int glGetUniformLocation(uint program, byte* name);

    [LibraryImport(Lib)]
    public static partial void glUniform1i(int location, int v0);

    [LibraryImport(Lib)]
    public static partial void glUniform1f(int location, float v0);

    [LibraryImport(Lib)]
    public static partial void glUniform2f(int location, float v0, float v1);

    [LibraryImport(Lib)]
    public static partial void glUniform4f(int location, float v0, float v1, float v2, float v3);

    [LibraryImport(Lib)]
    public static partial void glGenBuffers(int n, uint* buffers);

    [LibraryImport(Lib)]
    public static partial void glDeleteBuffers(int n, uint* buffers);

    [LibraryImport(Lib)]
    public static partial void glBindBuffer(uint target, uint buffer);

    [LibraryImport(Lib)]
    public static partial void glBufferData(uint target, nint size, void* data, uint usage);

    [LibraryImport(Lib)]
    public static partial void glBufferSubData(uint target, nint offset, nint size, void* data);

    [LibraryImport(Lib)]
    public static partial void glGenVertexArrays(int n, uint* arrays);

    [LibraryImport(Lib)]
    public static partial void glDeleteVertexArrays(int n, uint* arrays);

    [LibraryImport(Lib)]
    public static partial void glBindVertexArray(uint array);

    [LibraryImport(Lib)]
    public static partial void glEnableVertexAttribArray(uint index);

    [LibraryImport(Lib)]
    public static partial void glVertexAttribPointer(uint index, int size, uint type, byte normalized, int stride, nint pointer);

    [LibraryImport(Lib)]
    public static partial void glVertexAttribIPointer(uint index, int size, uint type, int stride, nint pointer);

    [LibraryImport(Lib)]
    public static partial void glVertexAttribDivisor(uint index, uint divisor);

    [LibraryImport(Lib)]
    public static partial void glDrawArraysInstanced(uint mode, int first, int count, int instanceCount);

    [LibraryImport(Lib)]
    public static partial void glDrawArrays(uint mode, int first, int count);

    [LibraryImport(Lib)]
    public static partial void glGenTextures(int n, uint* textures);

    [LibraryImport(Lib)]
    public static partial void glDeleteTextures(int n, uint* textures);

    [LibraryImport(Lib)]
    public static partial void glBindTexture(uint target, uint texture);

    [LibraryImport(Lib)]
    public static partial void glActiveTexture(uint texture);

    [LibraryImport(Lib)]
    public static partial void glTexParameteri(uint target, uint pname, int param);

    [LibraryImport(Lib)]
    public static partial void glTexImage2D(uint target, int level, int internalFormat, int width, int height, int border, uint format, uint type, void* pixels);

    [LibraryImport(Lib)]
    public static partial void glTexSubImage2D(uint target, int level, int x, int y, int width, int height, uint format, uint type, void* pixels);

    [LibraryImport(Lib)]
    public static partial void glGenFramebuffers(int n, uint* framebuffers);

    [LibraryImport(Lib)]
    public static partial void glDeleteFramebuffers(int n, uint* framebuffers);

    [LibraryImport(Lib)]
    public static partial void glBindFramebuffer(uint target, uint framebuffer);

    [LibraryImport(Lib)]
    public static partial void glFramebufferTexture2D(uint target, uint attachment, uint textarget, uint texture, int level);

    [LibraryImport(Lib)]
    public static partial void glFramebufferRenderbuffer(uint target, uint attachment, uint renderbuffertarget, uint renderbuffer);

    [LibraryImport(Lib)]
    public static partial uint glCheckFramebufferStatus(uint target);

    [LibraryImport(Lib)]
    public static partial void glGenRenderbuffers(int n, uint* renderbuffers);

    [LibraryImport(Lib)]
    public static partial void glDeleteRenderbuffers(int n, uint* renderbuffers);

    [LibraryImport(Lib)]
    public static partial void glBindRenderbuffer(uint target, uint renderbuffer);

    [LibraryImport(Lib)]
    public static partial void glRenderbufferStorage(uint target, uint internalformat, int width, int height);
}
