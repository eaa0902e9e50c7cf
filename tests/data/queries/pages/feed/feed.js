const log = globalThis.__log || (globalThis.__log = []);

function range(from, count) { return Array.from({ length: count }, (_, i) => from + i); }

Page({
  data: { rows: range(0, 20) },
  onPageScroll(e) { log.push(`scroll ${e.scrollTop}`); },
  onReachBottom() { log.push('bottom'); },
  more() { this.setData({ rows: range(0, this.data.rows.length + 5) }); },
});
