namespace Sparrow.Cli;

internal static class Usage
{
    public const string Text = """
        sparrow — runs WeChat mini programs outside WeChat.

        Usage:
          sparrow --version                 print the engine and V8 versions
          sparrow eval "<js>" [options]     run a script and print its value
          sparrow eval --file <path> [options]
          sparrow check <package-dir|.sppkg>
                                            every diagnostic of a mini program package, without running it
          sparrow pack <package-dir> [--out file.sppkg]
                                            check, enforce WeChat's size limits, write one archive (docs/package-archive.md)
          sparrow view <package-dir|.sppkg> [--device iphone-14 | --size 375x667@2] [--page path?query]
                                            open the package in a desktop window (SDL2); hot reload; F2 frame times
          sparrow dump <package-dir> [--page path?query] [--size 375x667@2] [--no-cache] --tree
                                            run headless until idle; print the page's element tree (wcc's JSON shape)
          sparrow capture <package-dir> [--page path?query] [--size 375x667@2] [--no-cache] --out <page.spcap>
                                            run headless until idle; save the page's op batches, stylesheets,
                                            images, data, route and window in one file (docs/capture-format.md)
          sparrow replay <page.spcap> [--out frame.png] [--layout] [--data]
                                            rebuild a captured page without package or JS: PNG, layout dump or data
          sparrow conform [suite…] [--report <dir>]
                                            run the conformance suites; HTML report; exit 1 on a regression
          sparrow bench [workload…] [--out f.json] [--history h.jsonl] [--runs 10] [--warmup 2] [--inject-delay ms]
                                            run macro benchmarks ('sparrow bench list' names them)
          sparrow bench chart <history.jsonl> --out <report.html>
                                            chart every workload over the recorded history
          sparrow bench compare <base.json> <new.json> [--threshold 0.05] [--alpha 0.01]
                                            compare two benchmark reports; exit 1 on a regression

        run and shot draw the app shell over the page: navigation bar, tabBar, toasts and dialogs
        (docs/shell.md); --no-shell shows the page alone in the window, as conformance compares it.
        dump shows the page alone in the whole window of --size (fixed boxes in that viewport);
        dump --shell lays the page out in what the bars leave and draws them in --scene.
        capture (and so replay) is always of the page alone in the whole window, with or without --no-shell.

        eval options:
          --file <path>         run this file (require() resolves inside its folder)
          --timeout <ms>        end a task running longer than this (watchdog; default 5000)
          --heap-limit <MiB>    V8 heap limit (default 256)
          --allow-codegen       allow eval() and new Function (off, as in mini programs)
          --code-cache <dir>    keep V8 code cache in <dir>
          --virtual-time        run timers on a virtual clock (instant and reproducible)

        Exit codes: 0 ok, 1 the script failed (diagnostics on stderr), 2 bad usage.

        """;
}
