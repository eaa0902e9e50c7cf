const events = globalThis.__events || (globalThis.__events = []);

Page({
  onLoadImage(e) { events.push(`load b-${e.currentTarget.id} ${e.detail.width}x${e.detail.height}`); },
});
