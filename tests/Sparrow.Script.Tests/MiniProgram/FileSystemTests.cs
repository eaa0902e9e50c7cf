using System.IO;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>wx.getFileSystemManager(): confined to wxfile://usr (the app's user-data folder) and read-only package files.</summary>
public class FileSystemTests
{
    private static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/a/a"] }"""),
        ("pages/a/a.wxml", "<view>a</view>\n"),
        ("pages/a/a.js", "Page({});\n"),
        ("data/words.txt", "麻雀虽小\n"));

    [Fact]
    public async Task Text_and_binary_files_round_trip_under_the_user_data_path()
    {
        var userData = Js.TempDir();
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { UserDataDirectory = userData });
        await mp.RunAsync("""
            globalThis.fs = wx.getFileSystemManager();
            const dir = wx.env.USER_DATA_PATH;
            fs.writeFileSync(`${dir}/note.txt`, '五脏', 'utf8');
            fs.appendFileSync(`${dir}/note.txt`, '俱全');
            fs.writeFileSync(`${dir}/bytes.bin`, new Uint8Array([0, 1, 254, 255]).buffer);
            fs.writeFileSync(`${dir}/b64.txt`, 'aGk=', 'base64');
            """);
        Assert.Equal("wxfile://usr 五脏俱全 0,1,254,255 hi 4 true", (await mp.RunAsync("""
            const d = wx.env.USER_DATA_PATH;
            const bin = fs.readFileSync(`${d}/bytes.bin`);
            [d, fs.readFileSync(`${d}/note.txt`, 'utf8'), Array.from(new Uint8Array(bin)).join(','), fs.readFileSync(`${d}/b64.txt`, 'utf8'),
              fs.statSync(`${d}/bytes.bin`).size, bin instanceof ArrayBuffer].join(' ')
            """)).Text);
        var appFolder = Assert.Single(Directory.GetDirectories(userData));
        Assert.Equal("五脏俱全", File.ReadAllText(Path.Combine(appFolder, "note.txt")));
        Assert.Empty(Directory.GetFiles(userData, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Directories_stat_rename_copy_unlink_and_rmdir_behave_as_in_WeChat()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        Assert.Equal("a,x.txt|true false|false true 3|b,x.txt|ok|b", (await mp.RunAsync("""
            const fs = wx.getFileSystemManager();
            const d = wx.env.USER_DATA_PATH;
            fs.mkdirSync(`${d}/a/b/c`, true);
            fs.writeFileSync(`${d}/x.txt`, 'abc');
            const top = fs.readdirSync(d).sort().join(',');
            const dirStat = fs.statSync(`${d}/a`);
            const fileStat = fs.statSync(`${d}/x.txt`);
            fs.renameSync(`${d}/a`, `${d}/b`);
            fs.copyFileSync(`${d}/x.txt`, `${d}/b/x.txt`);
            const moved = fs.readdirSync(`${d}/b`).sort().join(',');
            fs.unlinkSync(`${d}/b/x.txt`);
            fs.rmdirSync(`${d}/b`, true);
            fs.accessSync(`${d}/x.txt`);
            [top, `${dirStat.isDirectory()} ${dirStat.isFile()}`, `${fileStat.isDirectory()} ${fileStat.isFile()} ${fileStat.size}`, moved, 'ok', fs.readdirSync(d).length === 1 ? 'b' : '?'].join('|')
            """)).Text);
    }

    [Fact]
    public async Task Failures_carry_WeChat_errMsg_forms()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync("""
            globalThis.fs = wx.getFileSystemManager();
            globalThis.attempt = (f) => { try { f(); return 'no error'; } catch (e) { return e.message; } };
            const d = wx.env.USER_DATA_PATH;
            fs.mkdirSync(`${d}/full`);
            fs.writeFileSync(`${d}/full/f.txt`, '1');
            """);
        string[] expected =
        [
            "readFileSync:fail no such file or directory, open wxfile://usr/nope.txt",
            "accessSync:fail no such file or directory, access wxfile://usr/nope",
            "mkdirSync:fail file already exists, mkdir wxfile://usr/full",
            "mkdirSync:fail no such file or directory, mkdir wxfile://usr/x/y",
            "rmdirSync:fail directory not empty, rmdir wxfile://usr/full",
            "unlinkSync:fail operation not permitted, unlink wxfile://usr/full",
            "readdirSync:fail not a directory, scandir wxfile://usr/full/f.txt",
            "writeFileSync:fail no such file or directory, open wxfile://usr/none/f.txt",
            "readFileSync:fail parameter error: parameter.filePath should be String instead of Number;",
        ];
        Assert.Equal(string.Join("\n", expected), (await mp.RunAsync("""
            var d2 = wx.env.USER_DATA_PATH;
            [() => fs.readFileSync(`${d2}/nope.txt`), () => fs.accessSync(`${d2}/nope`), () => fs.mkdirSync(`${d2}/full`), () => fs.mkdirSync(`${d2}/x/y`),
             () => fs.rmdirSync(`${d2}/full`), () => fs.unlinkSync(`${d2}/full`), () => fs.readdirSync(`${d2}/full/f.txt`),
             () => fs.writeFileSync(`${d2}/none/f.txt`, 'x'), () => fs.readFileSync(5)].map(attempt).join('\n')
            """)).Text);
    }

    [Fact]
    public async Task Paths_that_escape_are_refused_and_package_files_are_read_only()
    {
        var userData = Js.TempDir();
        var package = Package();
        var outside = Js.TempDir();
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        using var mp = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { UserDataDirectory = userData });
        await mp.RunAsync("wx.getFileSystemManager().mkdirSync(wx.env.USER_DATA_PATH + '/ok')");
        var appFolder = Assert.Single(Directory.GetDirectories(userData));
        Directory.CreateSymbolicLink(Path.Combine(appFolder, "link"), outside);
        string[] expected =
        [
            "readFileSync:fail permission denied, open wxfile://usr/../secret.txt",
            "readFileSync:fail permission denied, open wxfile://usr/link/secret.txt",
            "writeFileSync:fail permission denied, open wxfile://usr/link/new.txt",
            "readFileSync:fail permission denied, open ../outside.txt",
            "writeFileSync:fail permission denied, open /data/words.txt",
            "readFileSync:fail permission denied, open wxfile://tmp/x",
            "rmdirSync:fail permission denied, open wxfile://usr",
            "麻雀虽小\n",
            "麻雀虽小\n",
        ];
        Assert.Equal(string.Join("|", expected), (await mp.RunAsync("""
            const fs = wx.getFileSystemManager();
            const attempt = (f) => { try { return f(); } catch (e) { return e.message; } };
            [() => fs.readFileSync('wxfile://usr/../secret.txt', 'utf8'), () => fs.readFileSync('wxfile://usr/link/secret.txt', 'utf8'),
             () => fs.writeFileSync('wxfile://usr/link/new.txt', 'x'), () => fs.readFileSync('../outside.txt'),
             () => fs.writeFileSync('/data/words.txt', 'x'), () => fs.readFileSync('wxfile://tmp/x'), () => fs.rmdirSync('wxfile://usr', true),
             () => fs.readFileSync('/data/words.txt', 'utf8'), () => fs.readFileSync('data/../data/words.txt', 'utf8')].map(attempt).join('|')
            """)).Text);
        Assert.False(File.Exists(Path.Combine(outside, "new.txt")));
        Assert.Equal("麻雀虽小\n", File.ReadAllText(Path.Combine(package, "data", "words.txt")));
    }

    [Fact]
    public async Task Async_forms_settle_in_a_later_task_with_callbacks_or_a_promise()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync("""
            globalThis.out = [];
            var fs = wx.getFileSystemManager();
            var d = wx.env.USER_DATA_PATH;
            fs.writeFile({ filePath: `${d}/a.txt`, data: 'hello', success: (r) => out.push(r.errMsg), complete: () => out.push('complete') });
            out.push('sync');
            """);
        await mp.RunAsync("""
            fs.readFile({ filePath: `${d}/a.txt`, encoding: 'utf8' }).then((r) => out.push(r.errMsg + ' ' + r.data));
            fs.stat({ path: `${d}/a.txt`, success: (r) => out.push(r.errMsg + ' ' + r.stats.size + ' ' + r.stats.isFile()) });
            fs.readdir({ dirPath: d }).then((r) => out.push(r.errMsg + ' ' + r.files.join(',')));
            fs.access({ path: `${d}/nope` }).catch((e) => out.push(e.errMsg));
            fs.readFile({ filePath: '/etc/../../x' }).catch((e) => out.push(e.errMsg));
            """);
        Assert.Equal(
            "[\"sync\",\"writeFile:ok\",\"complete\",\"readFile:ok hello\",\"stat:ok 5 true\",\"readdir:ok a.txt\",\"access:fail no such file or directory, access wxfile://usr/nope\",\"readFile:fail permission denied, open /etc/../../x\"]",
            (await mp.RunAsync("JSON.stringify(out)")).Text);
        Assert.True((await mp.RunAsync("wx.canIUse('getFileSystemManager') && wx.canIUse('FileSystemManager.readFileSync') && !wx.canIUse('FileSystemManager.nope')")).AsBoolean);
    }
}
