globalThis.__events = [];
App({});
