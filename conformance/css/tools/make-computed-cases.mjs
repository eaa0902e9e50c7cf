// Writes ../computed/cases.json: the computed-value cases, each a stylesheet, a small element tree
// and the (element id, property) pairs to compare. The same tree becomes the HTML Chromium loads
// (generate-chromium.mjs) and the node store Sparrow styles (src/Sparrow.Host/Conformance/Suites/Css).
//
//   node make-computed-cases.mjs
//
// Tags are unknown elements (x-*) so neither side's user-agent stylesheet styles them; properties
// are those whose getComputedStyle value is the computed value (no layout-dependent "used" values).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = [];
const add = (group, name, css, tree, queries) => cases.push({ name: `${group}/${name}`, css, tree, queries });
const el = (tag, attrs = {}, ...children) => ({ tag, attrs, children });

// A fixed tree for selector cases: every element gets a color only if the selector matches it.
const selTree = el('x-root', { id: 'root', class: 'root' },
  el('x-a', { id: 'a1', class: 'a first', 'data-k': 'v1', lang: 'zh-CN' },
    el('x-b', { id: 'b1', class: 'b' }),
    el('x-c', { id: 'c1', class: 'c x y' })),
  el('x-a', { id: 'a2', class: 'a', title: 'hello world' }),
  el('x-b', { id: 'b2', class: 'b last' }),
  el('x-c', { id: 'c2' }),
  el('x-d', { id: 'd1', class: 'x' }, el('x-e', { id: 'e1' })));
const selIds = ['root', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2', 'd1', 'e1'];
const selectors = [
  'x-a', '*', '.a', '#b2', '.a.first', 'x-a.a', '.x.y', '[data-k]', '[data-k=v1]', '[title~=world]', '[lang|=zh]',
  '[title^=hell]', '[title$=rld]', '[title*="o w"]', '[data-k=V1 i]', 'x-root x-b', 'x-root > x-b', 'x-a > .c', '.first + x-a',
  ':is(.b, #c2)', 'x-a :where(.c, .b)', ':is(x-a, x-d) > :is(.b, x-e)',
  '.first ~ x-b', 'x-a + x-b', 'x-b ~ x-c', ':first-child', ':last-child', 'x-e:only-child', ':nth-child(2)', ':nth-child(2n+1)',
  ':nth-child(odd)', ':nth-child(even)', ':nth-child(-n+2)', ':nth-last-child(2)', 'x-a:nth-of-type(2)', 'x-b:nth-last-of-type(1)',
  'x-c:first-of-type', 'x-b:last-of-type', 'x-d:only-of-type', ':empty', ':not(.a)', 'x-a:not(.first)', ':not(x-root):not(x-a)',
  'x-root :not(.b)', '.root x-c', '#a1 .b', 'x-a .c, x-d', ':nth-child(2 of .a)', 'x-root > :nth-child(3n)', '.a:first-child > x-c',
];
selectors.forEach((s, i) => add('selectors', `selector_${String(i).padStart(2, '0')}`, `${s} { color: rgb(10, 20, 30) }`, selTree, selIds.map((id) => [id, 'color'])));

// Cascade: specificity, order, !important, inline style.
const one = (attrs = {}) => el('x-root', { id: 'p' }, el('x-a', { id: 't', class: 'a b', ...attrs }));
const cascade = [
  ['order_later_wins', '.a { color: red } .b { color: blue }'],
  ['class_beats_type', '.a { color: red } x-a { color: blue }'],
  ['id_beats_classes', '#t { color: red } .a.b.a.b { color: blue }'],
  ['two_classes_beat_one', '.a.b { color: red } .b { color: blue }'],
  ['attribute_equals_class', '[id] { color: red } .a { color: blue }'],
  ['important_beats_id', '.a { color: red !important } #t { color: blue }'],
  ['important_order', '.a { color: red !important } .b { color: blue !important }'],
  ['important_specificity', '#t { color: red !important } .a { color: blue !important }'],
  ['not_specificity', ':not(#x) { color: red } .a.b { color: blue }'],
  ['universal_zero', '* { color: red } x-a { color: blue }'],
  ['descendant_adds', 'x-root x-a { color: red } x-a.a { color: blue }'],
  ['nth_child_is_class', ':nth-child(1) { color: red } .a { color: blue }'],
  ['is_takes_max_specificity', ':is(#t, .x) { color: red } .a.b { color: blue }'],
  ['where_has_no_specificity', ':where(#t) { color: red } x-a { color: blue }'],
  ['invalid_declaration_ignored', '.a { color: blue; color: nonsense }'],
  ['invalid_selector_drops_rule', '.a { color: blue } .a, :bogus { color: red }'],
  ['rule_after_bad_rule', '.a{color:blue} } .b { color: green }'],
];
for (const [name, css] of cascade) add('cascade', name, css, one(), [['t', 'color']]);
const inline = [
  ['inline_beats_id', '#t { color: red }', 'color: blue'],
  ['important_beats_inline', '.a { color: red !important }', 'color: blue'],
  ['inline_important_wins', '.a { color: red !important }', 'color: blue !important'],
  ['inline_partial', '.a { color: red; background-color: lime }', 'color: blue'],
  ['inline_invalid_ignored', '.a { color: red }', 'color: nope; background-color: rgb(1, 2, 3)'],
];
for (const [name, css, style] of inline) add('cascade', name, css, one({ style }), [['t', 'color'], ['t', 'background-color']]);

// Inheritance and CSS-wide keywords.
const nest = () => el('x-root', { id: 'p', class: 'p' }, el('x-a', { id: 'c', class: 'c' }, el('x-b', { id: 'g', class: 'g' })));
const inherit = [
  ['color_inherits', '.p { color: rgb(1, 2, 3) }', 'color'],
  ['font_size_inherits', '.p { font-size: 20px }', 'font-size'],
  ['background_does_not_inherit', '.p { background-color: red }', 'background-color'],
  ['padding_does_not_inherit', '.p { padding-top: 5px }', 'padding-top'],
  ['explicit_inherit', '.p { padding-top: 5px } .c { padding-top: inherit } .g { padding-top: inherit }', 'padding-top'],
  ['initial_color', '.p { color: red } .c { color: initial }', 'color'],
  ['unset_inherited', '.p { color: red } .c { color: blue } .c { color: unset }', 'color'],
  ['unset_not_inherited', '.p { margin-top: 3px } .c { margin-top: 4px; margin-top: unset }', 'margin-top'],
  ['visibility_inherits', '.p { visibility: hidden }', 'visibility'],
  ['white_space_inherits', '.p { white-space: nowrap }', 'white-space'],
  ['text_align_inherits', '.p { text-align: center }', 'text-align'],
  ['line_height_number_inherits', '.p { line-height: 1.5; font-size: 10px } .c { font-size: 20px }', 'line-height'],
  ['line_height_length_inherits', '.p { line-height: 2em; font-size: 10px } .c { font-size: 20px }', 'line-height'],
  ['font_weight_bolder', '.p { font-weight: 300 } .c { font-weight: bolder } .g { font-weight: bolder }', 'font-weight'],
  ['font_weight_lighter', '.p { font-weight: bold } .c { font-weight: lighter } .g { font-weight: lighter }', 'font-weight'],
  ['letter_spacing_inherits_px', '.p { letter-spacing: 0.5em; font-size: 10px } .c { font-size: 30px }', 'letter-spacing'],
  ['word_break_inherits', '.p { word-break: break-all }', 'word-break'],
  ['pointer_events_inherit', '.p { pointer-events: none }', 'pointer-events'],
  ['opacity_not_inherited', '.p { opacity: 0.5 }', 'opacity'],
  ['font_style_inherits', '.p { font-style: italic } .g { font-style: normal }', 'font-style'],
];
for (const [name, css, prop] of inherit) add('inheritance', name, css, nest(), ['p', 'c', 'g'].map((id) => [id, prop]));

// Units, keywords and colors.
const units = [
  ['em_of_parent_font_size', '.p { font-size: 10px } .c { font-size: 2em } .g { font-size: 1.5em }', 'font-size'],
  ['rem_of_root', ':root { font-size: 10px } .c { font-size: 3rem; margin-top: 2rem }', 'margin-top'],
  ['percent_font_size', '.p { font-size: 20px } .c { font-size: 50% } .g { font-size: 150% }', 'font-size'],
  ['font_size_keywords', '.p { font-size: small } .c { font-size: x-large } .g { font-size: xx-small }', 'font-size'],
  ['font_size_larger', '.p { font-size: 10px } .c { font-size: larger } .g { font-size: smaller }', 'font-size'],
  ['em_margin', '.p { font-size: 10px; margin-top: 2em } .c { font-size: 20px; margin-top: 1.5em }', 'margin-top'],
  ['vw_vh', '.p { margin-top: 10vw } .c { margin-top: 10vh } .g { margin-top: 10vmin }', 'margin-top'],
  ['absolute_units', '.p { margin-top: 12pt } .c { margin-top: 1in } .g { margin-top: 2pc }', 'margin-top'],
  ['cm_mm', '.p { margin-top: 2.54cm } .c { margin-top: 10mm } .g { margin-top: 0 }', 'margin-top'],
  ['line_height_percent', '.p { font-size: 10px; line-height: 150% } .c { font-size: 20px }', 'line-height'],
  ['line_height_normal', '.c { line-height: normal }', 'line-height'],
  ['hex_colors', '.p { color: #abc } .c { color: #a1b2c3 } .g { color: #11223380 }', 'color'],
  ['rgb_forms', '.p { color: rgb(10 20 30) } .c { color: rgba(10, 20, 30, 0.5) } .g { color: rgb(100%, 50%, 0%) }', 'color'],
  ['hsl_colors', '.p { color: hsl(120, 100%, 50%) } .c { color: hsl(0 100% 25%) } .g { color: hsla(240, 100%, 50%, 0.25) }', 'color'],
  ['named_colors', '.p { color: rebeccapurple } .c { color: transparent } .g { color: DarkOrange }', 'color'],
  ['currentcolor_border', '.p { color: red } .c { border-top-color: currentcolor; color: blue } .g { border-top-color: currentColor }', 'border-top-color'],
  ['currentcolor_in_color', '.p { color: red } .c { color: currentcolor }', 'color'],
  ['border_width_keywords', '.p, .c, .g { border-top-style: solid } .p { border-top-width: thin } .c { border-top-width: medium } .g { border-top-width: thick }', 'border-top-width'],
  ['border_width_without_style', '.p { border-top-width: 5px } .c { border-top-width: 5px; border-top-style: none } .g { border-top-width: 5px; border-top-style: dotted }', 'border-top-width'],
  ['opacity_clamp_and_percent', '.p { opacity: 1.5 } .c { opacity: 50% } .g { opacity: -1 }', 'opacity'],
  ['font_weight_numbers', '.p { font-weight: 100 } .c { font-weight: bold } .g { font-weight: 650 }', 'font-weight'],
  ['z_index', '.p { position: relative; z-index: 3 } .c { position: relative; z-index: -2 } .g { position: relative }', 'z-index'],
  ['letter_spacing', '.p { letter-spacing: 2px } .c { letter-spacing: normal } .g { letter-spacing: 0.1em; font-size: 20px }', 'letter-spacing'],
  ['ex_ch_fallback_free', '.p { margin-top: 0px } .c { margin-top: 3px } .g { margin-top: -2px }', 'margin-top'],
];
for (const [name, css, prop] of units) add('units', name, css, nest(), ['p', 'c', 'g'].map((id) => [id, prop]));

// Custom properties and var().
const vars = [
  ['simple', '.p { --x: 5px } .c { margin-top: var(--x) }', 'margin-top'],
  ['inherited', '.p { --c: rgb(9, 8, 7) } .g { color: var(--c) }', 'color'],
  ['fallback_used', '.c { margin-top: var(--missing, 7px) }', 'margin-top'],
  ['fallback_ignored', '.p { --x: 3px } .c { margin-top: var(--x, 7px) }', 'margin-top'],
  ['nested_fallback', '.c { margin-top: var(--a, var(--b, 9px)) }', 'margin-top'],
  ['var_in_var', '.p { --a: 4px; --b: var(--a) } .c { margin-top: var(--b) }', 'margin-top'],
  ['override_in_child', '.p { --x: 1px } .c { --x: 2px } .g { margin-top: var(--x) } .c { margin-top: var(--x) } .p { margin-top: var(--x) }', 'margin-top'],
  ['invalid_at_computed_time_inherited', '.p { color: red } .c { color: var(--nope) }', 'color'],
  ['invalid_at_computed_time_initial', '.p { margin-top: 5px } .c { margin-top: 3px; margin-top: var(--nope) }', 'margin-top'],
  ['type_mismatch_is_unset', '.p { --x: red; color: blue } .c { color: green; margin-top: 2px } .c { margin-top: var(--x) }', 'margin-top'],
  ['cycle_is_invalid', '.c { --a: var(--b); --b: var(--a); margin-top: var(--a, 6px) }', 'margin-top'],
  ['shorthand_with_var', '.p { --m: 1px 2px } .c { margin: var(--m) }', 'margin-left'],
  ['shorthand_with_var_top', '.p { --m: 1px 2px 3px } .c { margin: var(--m) }', 'margin-bottom'],
  ['var_in_calc', '.p { --n: 3 } .c { margin-top: calc(var(--n) * 2px) }', 'margin-top'],
  ['custom_initial', '.p { --x: 5px } .c { --x: initial; margin-top: var(--x, 8px) }', 'margin-top'],
  ['custom_case_sensitive', '.p { --X: 5px; --x: 2px } .c { margin-top: var(--X) }', 'margin-top'],
  ['var_color_fallback_list', '.c { color: var(--nope, rgb(1, 1, 1)) }', 'color'],
  ['var_em_resolves_in_user', '.p { --w: 2em; font-size: 10px } .c { font-size: 20px; margin-top: var(--w) }', 'margin-top'],
  ['var_important', '.p { --x: 1px } .c { --x: 9px !important } .c { --x: 2px } .c { margin-top: var(--x) }', 'margin-top'],
  ['var_with_spaces', '.p { --x:    4px    } .c { margin-top: var( --x ) }', 'margin-top'],
];
for (const [name, css, prop] of vars) add('var', name, css, nest(), ['p', 'c', 'g'].map((id) => [id, prop]));

// calc().
const calcs = [
  ['px_sum', 'margin-top: calc(10px + 5px)'],
  ['px_diff', 'margin-top: calc(10px - 15px)'],
  ['mul', 'margin-top: calc(3 * 4px)'],
  ['div', 'margin-top: calc(10px / 4)'],
  ['em_px', 'font-size: 10px; margin-top: calc(2em + 3px)'],
  ['nested_parens', 'margin-top: calc((2px + 3px) * 2)'],
  ['nested_calc', 'margin-top: calc(calc(1px + 1px) * 3)'],
  ['precedence', 'margin-top: calc(2px + 3px * 2)'],
  ['rem', 'margin-top: calc(1rem - 4px)'],
  ['vw', 'margin-top: calc(10vw + 1px)'],
  ['font_size_calc', 'font-size: calc(10px + 50%)'],
  ['line_height_calc_number', 'line-height: calc(1 + 0.5)'],
  ['flex_grow_calc', 'flex-grow: calc(2 * 1.5)'],
  ['opacity_calc', 'opacity: calc(1 / 4)'],
  ['padding_negative_clamped', 'padding-top: calc(2px - 10px)'],
  ['letter_spacing_calc', 'letter-spacing: calc(1px + 0.1em); font-size: 10px'],
  ['border_width_calc', 'border-top-style: solid; border-top-width: calc(1px + 2px)'],
  ['invalid_no_spaces', 'margin-top: 3px; margin-top: calc(1px+2px)'],
  ['invalid_unit_mix', 'margin-top: 3px; margin-top: calc(1px + 2)'],
  ['fraction', 'margin-top: calc(1px / 3)'],
  ['max_em_px', 'margin-top: max(5px, 1em)'],
  ['min_three', 'margin-top: min(30px, 2em, 1in)'],
  ['clamp_middle', 'margin-top: clamp(1px, 0.5em, 100px)'],
  ['max_in_calc', 'margin-top: calc(max(2px, 1px) * 4)'],
];
for (const [name, decl] of calcs) {
  const prop = decl.split(';').map((d) => d.split(':')[0].trim()).filter((p) => p !== 'font-size' || decl.startsWith('font-size: calc')).pop();
  add('calc', name, `.p { font-size: 20px } .c { ${decl} }`, nest(), [['c', prop]]);
}

// Shorthands.
const shorthands = [
  ['margin_one', 'margin: 3px', ['margin-top', 'margin-right', 'margin-bottom', 'margin-left']],
  ['margin_two', 'margin: 3px 4px', ['margin-top', 'margin-right', 'margin-bottom', 'margin-left']],
  ['margin_three', 'margin: 3px 4px 5px', ['margin-top', 'margin-right', 'margin-bottom', 'margin-left']],
  ['margin_four', 'margin: 3px 4px 5px 6px', ['margin-top', 'margin-right', 'margin-bottom', 'margin-left']],
  ['padding_two', 'padding: 1em 2px; font-size: 10px', ['padding-top', 'padding-right', 'padding-bottom', 'padding-left']],
  ['border_all', 'border: 3px solid red', ['border-top-width', 'border-right-style', 'border-bottom-color', 'border-left-width']],
  ['border_any_order', 'border: blue dashed 2px', ['border-top-width', 'border-top-style', 'border-top-color']],
  ['border_style_only', 'border: solid', ['border-top-width', 'border-top-color']],
  ['border_top', 'border-top: 4px double rgb(1, 2, 3)', ['border-top-width', 'border-top-style', 'border-top-color', 'border-left-style']],
  ['border_width_four', 'border-style: solid; border-width: 1px 2px 3px 4px', ['border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width']],
  ['border_color_two', 'border-color: red blue', ['border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color']],
  ['border_radius_one', 'border-radius: 5px', ['border-top-left-radius', 'border-bottom-right-radius']],
  ['border_radius_four', 'border-radius: 1px 2px 3px 4px', ['border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius']],
  ['flex_number', 'flex: 2', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_none', 'flex: none', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_auto', 'flex: auto', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_three', 'flex: 1 2 30px', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_basis_only', 'flex: 10px', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_two_numbers', 'flex: 3 4', ['flex-grow', 'flex-shrink', 'flex-basis']],
  ['flex_flow', 'flex-flow: column wrap', ['flex-direction', 'flex-wrap']],
  ['flex_flow_one', 'flex-flow: wrap-reverse', ['flex-direction', 'flex-wrap']],
  ['gap_two', 'gap: 3px 4px', ['row-gap', 'column-gap']],
  ['gap_one', 'gap: 5px', ['row-gap', 'column-gap']],
  ['overflow_two', 'overflow: hidden scroll', ['overflow-x', 'overflow-y']],
  ['overflow_one', 'overflow: auto', ['overflow-x', 'overflow-y']],
  ['font_full', 'font: italic bold 12px/30px serif', ['font-style', 'font-weight', 'font-size', 'line-height']],
  ['font_resets', 'font-weight: bold; line-height: 3; font: 10px sans-serif', ['font-weight', 'line-height', 'font-size']],
  ['background_color', 'background: rgb(5, 6, 7)', ['background-color']],
  ['background_resets_color', 'background-color: red; background: none', ['background-color']],
  ['text_decoration', 'text-decoration: underline dotted red', ['text-decoration-line', 'text-decoration-style', 'text-decoration-color']],
  ['transition_one', 'transition: opacity 0.5s ease-in 100ms', ['transition-property', 'transition-duration', 'transition-timing-function', 'transition-delay']],
  ['transition_list', 'transition: opacity 1s, transform 200ms linear', ['transition-property', 'transition-duration', 'transition-timing-function']],
  ['animation_name_duration', 'animation: spin 2s infinite', ['animation-name', 'animation-duration', 'animation-iteration-count']],
  ['inset_like_margin_negative', 'margin: -1px -2px', ['margin-top', 'margin-right']],
];
for (const [name, decl, props] of shorthands) add('shorthands', name, `.c { ${decl} }`, nest(), props.map((p) => ['c', p]));

// Keyword properties as declared.
const keywords = [
  ['display', 'display', ['block', 'flex', 'none']],
  ['position', 'position', ['relative', 'absolute', 'sticky']],
  ['box_sizing', 'box-sizing', ['border-box', 'content-box', 'border-box']],
  ['flex_direction', 'flex-direction', ['row-reverse', 'column', 'column-reverse']],
  ['justify_content', 'justify-content', ['center', 'space-between', 'flex-end']],
  ['align_items', 'align-items', ['flex-start', 'center', 'stretch']],
  ['align_self', 'align-self', ['auto', 'baseline', 'flex-end']],
  ['text_overflow', 'text-overflow', ['ellipsis', 'clip', 'ellipsis']],
  ['vertical_align', 'vertical-align', ['middle', 'top', 'text-bottom']],
  ['overflow_wrap', 'overflow-wrap', ['break-word', 'anywhere', 'normal']],
];
for (const [name, prop, values] of keywords) {
  add('keywords', name, `.p { ${prop}: ${values[0]} } .c { ${prop}: ${values[1]} } .g { ${prop}: ${values[2]} }`, nest(), ['p', 'c', 'g'].map((id) => [id, prop]));
}

fs.mkdirSync(path.resolve(here, '..', 'computed'), { recursive: true });
fs.writeFileSync(path.resolve(here, '..', 'computed', 'cases.json'), JSON.stringify({ viewport: { width: 375, height: 667 }, cases }, null, 1) + '\n');
console.log(`computed: ${cases.length} cases written to conformance/css/computed/cases.json`);
