// Every component event as one line of text in globalThis.__events (the tests read it back).
const events = globalThis.__events || (globalThis.__events = []);

function round(n) { return Math.round(n * 100) / 100; }

Page({
  data: { into: '', top: 0, current: 0 },
  onScroll(e) {
    const d = e.detail;
    events.push(`scroll ${e.currentTarget.id} top=${round(d.scrollTop)} left=${round(d.scrollLeft)} height=${round(d.scrollHeight)} width=${round(d.scrollWidth)} dx=${round(d.deltaX)} dy=${round(d.deltaY)}`);
  },
  onUpper(e) { events.push(`upper ${e.currentTarget.id} ${e.detail.direction}`); },
  onLower(e) { events.push(`lower ${e.currentTarget.id} ${e.detail.direction}`); },
  onChange(e) { events.push(`change ${e.currentTarget.id} current=${e.detail.current} item=${e.detail.currentItemId} source=${e.detail.source}`); },
  onFinish(e) { events.push(`finish ${e.currentTarget.id} current=${e.detail.current} source=${e.detail.source}`); },
  onTap(e) { events.push(`tap ${e.currentTarget.id}`); },
  goInto(id) { this.setData({ into: id }); },
  goTop(top) { this.setData({ top }); },
  goCurrent(current) { this.setData({ current }); },
});
