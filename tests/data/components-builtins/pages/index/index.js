// Built-in components driven by the tests (Sparrow.Host.Tests/Components/BuiltinComponentsTests):
// every event as one line of text in globalThis.__events.
const events = globalThis.__events || (globalThis.__events = []);
const rows = Array.from({ length: 20 }, (_, i) => i);

Page({
  data: {
    cur: 0,
    rows,
    triggered: false,
    raw: 'a&lt;b&amp;c',
    spaced: 'a  b',
    html: '<div class="outer"><h1>Title</h1><p>One <b>bold</b> word</p><marquee>kept text</marquee><img src="x.png" width="10" height="10"/></div>',
    tree: [{ name: 'section', attrs: { style: 'color: red' }, children: [{ type: 'text', text: 'in a  section' }, { name: 'span', children: [{ type: 'text', text: 'span' }] }] }],
  },
  onChange(e) { events.push(`change ${e.currentTarget.id} ${e.detail.current} ${e.detail.source}`); },
  onScroll(e) { events.push(`scroll ${e.currentTarget.id} ${Math.round(e.detail.scrollTop)}`); },
  onPulling(e) { events.push(`pulling ${e.currentTarget.id} ${Math.round(e.detail.dy)}`); },
  onRefresher(e) { events.push(`${e.type} ${e.currentTarget.id}`); },
  done() { this.setData({ triggered: false }); },
  goTo(index) { this.setData({ cur: index }); },
});
