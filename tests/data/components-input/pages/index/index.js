globalThis.__events = [];
const log = (line) => globalThis.__events.push(line);

Page({
  data: { name: '' },
  onInput(e) {
    log(`input #${e.currentTarget.id} ${e.detail.value} ${e.detail.cursor} ${e.detail.keyCode}`);
    if (e.currentTarget.id === 'name') this.setData({ name: e.detail.value });
  },
  onUpper(e) {
    log(`input #upper ${e.detail.value}`);
    return e.detail.value.toUpperCase();
  },
  onFocus(e) { log(`focus #${e.currentTarget.id} ${e.detail.value}`); },
  onBlur(e) { log(`blur #${e.currentTarget.id} ${e.detail.value} ${e.detail.cursor}`); },
  onConfirm(e) { log(`confirm #${e.currentTarget.id} ${e.detail.value}`); },
});
