Page({
  onFocus(e) { globalThis.__events.push(`focus #auto ${e.detail.value}`); },
});
