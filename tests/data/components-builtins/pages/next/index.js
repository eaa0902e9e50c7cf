const events = globalThis.__events || (globalThis.__events = []);

Page({
  onLoad(query) { events.push(`next from=${query.from} depth=${getCurrentPages().length}`); },
});
