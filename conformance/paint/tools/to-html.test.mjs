// Tests of the WXML/WXSS → HTML conversion:  cd conformance/paint/tools && node --test
import test from 'node:test';
import assert from 'node:assert/strict';
import { caseToHtml, convertDeclarations, convertSelectors, convertWxss, parseWxml, rpxToPx } from './to-html.mjs';

test('type selectors become the HTML tag with a marker class, at type specificity', () => {
  assert.equal(convertSelectors('page'), 'body');
  assert.equal(convertSelectors('view'), 'div:where(.wx-view)');
  assert.equal(convertSelectors('.card text, image.avatar'), '.card span:where(.wx-text), div:where(.wx-image).avatar');
  assert.equal(convertSelectors('.a>view+view ~ .b'), '.a>div:where(.wx-view)+div:where(.wx-view) ~ .b');
  assert.equal(convertSelectors('view:not(.x)::after'), 'div:where(.wx-view):not(.x)::after');
  assert.equal(convertSelectors('.textual .view-like #image'), '.textual .view-like #image');
  assert.equal(convertSelectors('[data-x="view"]'), '[data-x="view"]');
});

test('unknown components in selectors are an error', () => {
  assert.throws(() => convertSelectors('button'), /button/);
});

test('rpx rounds as wcsc does at 375 px', () => {
  assert.equal(rpxToPx(100), 50);
  assert.equal(rpxToPx(1), 1);
  assert.equal(rpxToPx(3), 1);
  assert.equal(rpxToPx(33.3), 16);
  assert.equal(rpxToPx(-7), -4);
  assert.equal(rpxToPx(0), 0);
  assert.equal(convertDeclarations('margin:20rpx 0 -2rpx;width:calc(100% - 32rpx)'), 'margin:10px 0 -1px;width:calc(100% - 16px)');
  assert.equal(convertDeclarations('font-family:"x20rpx"'), 'font-family:"x20rpx"');
});

test('package image paths resolve from html/, data URIs stay', () => {
  assert.equal(convertDeclarations('background:url(/images/a.png) repeat'), 'background:url(../images/a.png) repeat');
  assert.equal(convertDeclarations("background-image:url('/images/a.png')"), "background-image:url('../images/a.png')");
  assert.equal(convertDeclarations('background-image:url(data:image/png;base64,AAAA)'), 'background-image:url(data:image/png;base64,AAAA)');
  assert.throws(() => convertDeclarations('background:url(a.png)'), /package-absolute/);
});

test('style sheets keep their rules, drop comments, convert inside @media and keyframes', () => {
  assert.equal(convertWxss('/* c */ page{margin:0}\n.a{width:20rpx}'), 'body {margin:0}\n.a {width:10px}');
  assert.equal(convertWxss('@media (min-width: 100px) { view { top: 4rpx } }'), '@media (min-width: 100px) { div:where(.wx-view) { top: 2px } }');
  assert.equal(convertWxss('@keyframes k { from { left: 0 } 50% { left: 10rpx } }'), '@keyframes k { from { left: 0 } 50% { left: 5px } }');
  assert.throws(() => convertWxss('@import "a.wxss";'), /at-rule/);
});

test('WXML: whitespace-only text between tags is dropped, text is kept', () => {
  const nodes = parseWxml('<view class="a">\n  <text>Hi there</text>\n  <image src="/images/a.png"/>\n</view>');
  assert.equal(nodes.length, 1);
  assert.deepEqual(nodes[0].children.map((c) => c.tag), ['text', 'image']);
  assert.deepEqual(nodes[0].children[0].children, [{ text: 'Hi there' }]);
});

test('WXML: static pages only', () => {
  assert.throws(() => parseWxml('<view>{{x}}</view>'), /static/);
  assert.throws(() => parseWxml('<view wx:if="a"></view>'), /wx:if/);
  assert.throws(() => parseWxml('<button></button>'), /button/);
  assert.throws(() => parseWxml('<view><text></view>'), /closes/);
});

test('image: outer box carries class and style, inner box the mode background', () => {
  const html = caseToHtml({
    name: 'x', baseWxss: '', wxss: '',
    wxml: '<image class="pic" style="width:100rpx" src="/images/q.png" mode="aspectFit"/>',
  });
  assert.match(html, /<div class="wx-image pic" style="width:50px"><div style="width:100%;height:100%;background-image:url\(&quot;..\/images\/q.png&quot;\);background-size:contain;background-position:center center;background-repeat:no-repeat"><\/div><\/div>/);
  assert.throws(() => caseToHtml({ name: 'y', baseWxss: '', wxss: '', wxml: '<image src="/images/q.png" mode="fill"/>' }), /y: unknown image mode/);
});

test('every mode maps to a background size and position', async () => {
  const { IMAGE_MODES } = await import('./to-html.mjs');
  assert.equal(Object.keys(IMAGE_MODES).length, 14);
  assert.deepEqual(IMAGE_MODES['bottom right'], { size: 'auto', position: 'right bottom' });
  assert.deepEqual(IMAGE_MODES.aspectFill, { size: 'cover', position: 'center center' });
});

test('view and text become div and span with marker classes', () => {
  const html = caseToHtml({ name: 'z', baseWxss: 'view{display:block}', wxss: '.a{color:red}', wxml: '<view class="a b" id="v"><text>x &lt; y</text></view>' });
  assert.match(html, /<body><div class="wx-view a b" id="v"><span class="wx-text">x &amp;lt; y<\/span><\/div><\/body>/);
  assert.match(html, /div:where\(\.wx-view\) \{display:block\}/);
});
