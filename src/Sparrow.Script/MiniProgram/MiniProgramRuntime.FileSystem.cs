using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    private UserFileSystem? _files;
    private string? _temporaryUserData;

    private UserFileSystem Files
    {
        get
        {
            if (_files is null)
            {
                var dir = Options.UserDataDirectory;
                if (dir is null)
                {
                    _temporaryUserData = Path.Combine(Path.GetTempPath(), "sparrow-usr-" + Guid.NewGuid().ToString("N"));
                    dir = _temporaryUserData;
                }

                _files = new UserFileSystem(Package.Root, Path.Combine(dir, StorageFolderName(Package)));
            }

            return _files;
        }
    }

    /// <summary>
    /// <c>__sparrow_mp_fs(op, path, arg, encoding)</c>, the host side of
    /// <c>wx.getFileSystemManager()</c> (lib/wx/file-system.js). Answers <c>{v: value}</c>,
    /// <c>{b: base64}</c> for binary reads, or <c>{e: reason}</c>, the text after "fail ".
    /// </summary>
    private JsValue FileSystem(JsHostCall call)
    {
        var op = call.GetString(0) ?? string.Empty;
        var path = call.GetString(1) ?? string.Empty;
        try
        {
            return JsValue.FromJson(FileOperation(op, path, call));
        }
        catch (MiniProgramHostException e)
        {
            return JsValue.FromJson(Json(w => w.WriteString("e", e.Reason)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return JsValue.FromJson(Json(w => w.WriteString("e", $"no such file or directory, {Verb(op)} {path}")));
            }

            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.FileSystemFailed, $"File system {op} of '{path}' failed: {e.Message}", SourceLocation.None));
            return JsValue.FromJson(Json(w => w.WriteString("e", e.Message)));
        }
    }

    private string FileOperation(string op, string path, JsHostCall call)
    {
        var files = Files;
        var write = op is not ("readFile" or "access" or "stat" or "readdir" or "copyFile");
        var full = files.Resolve(path, write);
        var isFile = File.Exists(full);
        var isDir = Directory.Exists(full);
        if (!isFile && !isDir && op is not ("writeFile" or "mkdir"))
        {
            throw Missing(op, path);
        }

        switch (op)
        {
            case "access":
                return "{}";
            case "readFile":
                if (isDir)
                {
                    throw new MiniProgramHostException($"illegal operation on a directory, open {path}");
                }

                var bytes = File.ReadAllBytes(full);
                var encoding = call.GetString(3);
                return encoding is null ? Json(w => w.WriteBase64String("b", bytes)) : Json(w => w.WriteString("v", Decode(bytes, encoding)));
            case "writeFile":
            case "appendFile":
                if (isDir)
                {
                    throw new MiniProgramHostException($"illegal operation on a directory, open {path}");
                }

                if (!Directory.Exists(Path.GetDirectoryName(full)))
                {
                    throw Missing(op, path);
                }

                var data = call.KindOf(2) == JsValueKind.ArrayBuffer ? call.GetBuffer(2).ToArray() : Encode(call.GetString(2) ?? string.Empty, call.GetString(3) ?? "utf8");
                if (op == "writeFile")
                {
                    AtomicFile.Write(full, data);
                }
                else
                {
                    using var stream = new FileStream(full, FileMode.Append, FileAccess.Write);
                    stream.Write(data);
                }

                return "{}";
            case "mkdir":
                if (isFile || isDir)
                {
                    throw new MiniProgramHostException($"file already exists, mkdir {path}");
                }

                if (!call.GetBoolean(2) && !Directory.Exists(Path.GetDirectoryName(full)))
                {
                    throw Missing(op, path);
                }

                Directory.CreateDirectory(full);
                return "{}";
            case "readdir":
                if (!isDir)
                {
                    throw new MiniProgramHostException($"not a directory, scandir {path}");
                }

                return Json(w =>
                {
                    w.WriteStartArray("v");
                    foreach (var entry in Directory.EnumerateFileSystemEntries(full))
                    {
                        w.WriteStringValue(Path.GetFileName(entry));
                    }

                    w.WriteEndArray();
                });
            case "unlink":
                if (isDir)
                {
                    throw new MiniProgramHostException($"operation not permitted, unlink {path}");
                }

                File.Delete(full);
                return "{}";
            case "rmdir":
                if (!isDir)
                {
                    throw new MiniProgramHostException($"not a directory, rmdir {path}");
                }

                var recursive = call.GetBoolean(2);
                if (!recursive && Directory.EnumerateFileSystemEntries(full).GetEnumerator().MoveNext())
                {
                    throw new MiniProgramHostException($"directory not empty, rmdir {path}");
                }

                Directory.Delete(full, recursive);
                return "{}";
            case "stat":
                FileSystemInfo info = isDir ? new DirectoryInfo(full) : new FileInfo(full);
                return Json(w => WriteStats(w, info, isDir));
            case "rename":
            case "copyFile":
                var destPath = call.GetString(2) ?? string.Empty;
                var dest = files.Resolve(destPath, write: true);
                if (isDir && op == "copyFile")
                {
                    throw new MiniProgramHostException($"illegal operation on a directory, copyfile {path}");
                }

                if (!Directory.Exists(Path.GetDirectoryName(dest)))
                {
                    throw Missing(op, destPath);
                }

                if (op == "copyFile")
                {
                    File.Copy(full, dest, overwrite: true);
                }
                else if (isDir)
                {
                    Directory.Move(full, dest);
                }
                else
                {
                    File.Move(full, dest, overwrite: true);
                }

                return "{}";
            default:
                throw new JsHostException($"Unknown file system operation '{op}'.");
        }
    }

    /// <summary>The Stats object WeChat returns (times in seconds since the epoch).</summary>
    private static void WriteStats(Utf8JsonWriter w, FileSystemInfo info, bool isDir)
    {
        w.WriteStartObject("v");
        w.WriteNumber("size", isDir ? 0 : ((FileInfo)info).Length);
        w.WriteBoolean("isDirectory", isDir);
        w.WriteNumber("mode", isDir ? 0x4000 | 0x1ff : 0x8000 | 0x1b6);
        w.WriteNumber("lastAccessedTime", new DateTimeOffset(info.LastAccessTimeUtc).ToUnixTimeSeconds());
        w.WriteNumber("lastModifiedTime", new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds());
        w.WriteEndObject();
    }

    private static MiniProgramHostException Missing(string op, string path) => new($"no such file or directory, {Verb(op)} {path}");

    /// <summary>The system call name WeChat's messages carry after the reason (as Node's).</summary>
    private static string Verb(string op) => op switch
    {
        "readdir" => "scandir",
        "copyFile" => "copyfile",
        "access" or "stat" or "mkdir" or "unlink" or "rmdir" or "rename" => op,
        _ => "open",
    };

    private static string Decode(byte[] bytes, string encoding) => encoding.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => Encoding.UTF8.GetString(bytes),
        "base64" => Convert.ToBase64String(bytes),
        "hex" => Convert.ToHexStringLower(bytes),
        "binary" or "latin1" => Encoding.Latin1.GetString(bytes),
        "ascii" => Encoding.ASCII.GetString(bytes),
        "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => Encoding.Unicode.GetString(bytes),
        _ => throw new MiniProgramHostException($"invalid encoding {encoding}"),
    };

    private static byte[] Encode(string text, string encoding)
    {
        try
        {
            return encoding.ToLowerInvariant() switch
            {
                "utf8" or "utf-8" => Encoding.UTF8.GetBytes(text),
                "base64" => Convert.FromBase64String(text),
                "hex" => Convert.FromHexString(text),
                "binary" or "latin1" => Encoding.Latin1.GetBytes(text),
                "ascii" => Encoding.ASCII.GetBytes(text),
                "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => Encoding.Unicode.GetBytes(text),
                _ => throw new MiniProgramHostException($"invalid encoding {encoding}"),
            };
        }
        catch (FormatException)
        {
            throw new MiniProgramHostException($"invalid data for encoding {encoding}");
        }
    }
}
