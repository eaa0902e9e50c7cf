// Every handler call as one line of text in globalThis.__events (the tests read it back).
const events = globalThis.__events || (globalThis.__events = []);

function round(n) { return Math.round(n * 100) / 100; }

function touch(t) { return `${t.identifier}:${round(t.pageX)},${round(t.pageY)}/${round(t.clientX)},${round(t.clientY)}`; }

Page({
  log(e) {
    const parts = [
      e.type,
      `target=${e.target.id}`,
      `current=${e.currentTarget.id}`,
      `t=${e.timeStamp}`,
      `detail=${round(e.detail.x)},${round(e.detail.y)}`,
      `touches=${(e.touches || []).map(touch).join(';')}`,
      `changed=${(e.changedTouches || []).map(touch).join(';')}`,
      `offset=${e.currentTarget.offsetLeft},${e.currentTarget.offsetTop}`,
      `dataset=${JSON.stringify(e.currentTarget.dataset)}`,
      `mark=${JSON.stringify(e.mark)}`,
    ];
    events.push(parts.join(' '));
  },
});
