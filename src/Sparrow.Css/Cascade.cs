using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Css;

/// <summary>
/// The style stage: matches rules against the node store, cascades (CSS Cascade 4 §6: origin and
/// importance, then specificity, then order of appearance; the style attribute above every
/// selector), computes values into <see cref="Styles"/>, and marks layout / paint dirty where a
/// computed value that affects them changed. Entry point: <see cref="Apply"/>.
/// </summary>
public sealed partial class Cascade
{
    private readonly AtomTable _atoms;
    private readonly IDiagnosticSink _diagnostics;
    private readonly IWxssImportResolver? _resolver;
    private readonly List<CascadeSheet> _sheets = [];
    private readonly List<CascadeSheet> _storeSheets = [];
    private readonly Dictionary<(string Path, string? Content), StyleSheet> _parsed = [];
    private readonly Dictionary<int, (string Text, List<CssDeclaration> Declarations)> _inline = [];
    private readonly List<RuleEntry> _candidates = [];
    private readonly List<RuleEntry> _matched = [];
    private readonly List<RuleEntry> _before = [];
    private readonly List<RuleEntry> _after = [];
    private readonly CssDeclaration?[] _winners = new CssDeclaration?[CssProperties.Count];
    private readonly CssValue[] _computed = new CssValue[CssProperties.Count];
    private readonly Func<int, CssValue> _parentLookup;
    private readonly Func<int, CssValue> _selfLookup;
    private CssComputer _computer;
    private StyleEnvironment _env;
    private RuleIndex? _index;
    private InvalidationSets? _invalidation;
    private StyleSheet? _userAgent;
    private bool _needsFull = true;
    private int _parentNode = -1;
    private int _selfNode = -1;
    private int _storeSheetsSeen = -1;
    private int _storeSheetsDisabled = -1;

    public Cascade(AtomTable atoms, StyleEnvironment environment, IDiagnosticSink diagnostics, IWxssImportResolver? resolver = null)
    {
        _atoms = atoms;
        _env = environment;
        _diagnostics = diagnostics;
        _resolver = resolver;
        _computer = new CssComputer(environment);
        _parentLookup = id => _parentNode < 0 ? CssInitialValues.Get(id) : Styles.Get(id, _parentNode);
        _selfLookup = id => Styles.Get(id, _selfNode);
    }

    public ComputedStyleStore Styles { get; } = new();

    /// <summary>Whether the built-in components' UA stylesheet takes part (conformance against browsers turns it off).</summary>
    public bool UseUserAgentStyles
    {
        get;
        set
        {
            field = value;
            _index = null;
        }
    } = true;

    /// <summary>Changing the environment (window size, theme, insets, renderer) restyles everything on the next <see cref="Apply"/>.</summary>
    public StyleEnvironment Environment
    {
        get => _env;
        set
        {
            if (_env != value)
            {
                _env = value;
                _computer = new CssComputer(value);
                _userAgent = null;
                _index = null;
                _needsFull = true;
            }
        }
    }

    /// <summary>Adds an author stylesheet directly (tests, tools); pages get theirs from the op stream.</summary>
    public void AddStyleSheet(StyleSheet sheet, int scope = -1)
    {
        _sheets.Add(new CascadeSheet(sheet, scope));
        _index = null;
        _needsFull = true;
    }

    /// <summary>Parses WXSS and adds it (convenience over <see cref="WxssReader.Read"/>).</summary>
    public StyleSheet AddStyleSheet(string wxss, string path, int scope = -1)
    {
        var sheet = WxssReader.Read(wxss, path, _atoms, _diagnostics, _resolver);
        AddStyleSheet(sheet, scope);
        return sheet;
    }

    /// <summary>
    /// Brings computed styles up to date with the store. Precondition: the store's pending batch
    /// has been applied. Reads and clears the store's change log and style dirty bits; sets
    /// layout and paint dirty bits where computed values changed.
    /// </summary>
    public RestyleStats Apply(NodeStore store)
    {
        SyncStoreSheets(store);
        if (_index is null)
        {
            var all = new List<CascadeSheet>();
            if (UseUserAgentStyles)
            {
                _userAgent ??= UserAgentStyles.Parse(_env, _atoms, _diagnostics);
                all.Add(new CascadeSheet(_userAgent, -1, UserAgent: true));
            }
            all.AddRange(_sheets);
            all.AddRange(_storeSheets);
            _index = new RuleIndex(all, _env);
            _invalidation = new InvalidationSets(all);
            _computer.ForgetSubstitutions();
            _needsFull = true;
        }

        Styles.EnsureCapacity(store.SlotCount);
        var full = _needsFull;
        _forceSubtree.Clear();
        if (!full)
        {
            Invalidate(store);
        }

        store.ClearStyleChanges();
        _restyled = _layoutDirtied = _paintDirtied = 0;
        Visit(store, store.Root.Index, full);
        _needsFull = false;
        return new RestyleStats(_restyled, _layoutDirtied, _paintDirtied, full);
    }

    private void SyncStoreSheets(NodeStore store)
    {
        var disabled = 0;
        var sheets = store.StyleSheets;
        for (var i = 0; i < sheets.Count; i++)
        {
            disabled += sheets[i].Disabled ? 1 : 0;
        }

        if (store.StyleSheets.Count == _storeSheetsSeen && disabled == _storeSheetsDisabled)
        {
            return;
        }

        _storeSheetsSeen = store.StyleSheets.Count;
        _storeSheetsDisabled = disabled;
        _storeSheets.Clear();
        foreach (var entry in store.StyleSheets)
        {
            if (entry.Disabled)
            {
                continue;
            }

            var content = entry.Content;
            var path = entry.Path;
            if (content is null && (_resolver is null || !_resolver.TryResolve(string.Empty, entry.Path, out path, out content)))
            {
                _diagnostics.Report(Diagnostic.Error(CssDiagnosticCodes.ImportNotFound, $"stylesheet '{entry.Path}' has no content and could not be loaded", SourceLocation.InFile(entry.Path)));
                continue;
            }

            if (!_parsed.TryGetValue((path, content), out var sheet))
            {
                sheet = WxssReader.Read(content, path, _atoms, _diagnostics, _resolver);
                _parsed[(path, content)] = sheet;
            }

            _storeSheets.Add(new CascadeSheet(sheet, entry.Scope));
        }

        _index = null;
    }
}
