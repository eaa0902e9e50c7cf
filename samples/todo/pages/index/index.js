// A todo list driven by touch: tap an item to toggle it, long-press it to remove it, "Clear done"
// removes the finished ones. `last` shows what the last handler saw of its event. The list is kept
// in storage (wx.setStorageSync), so it survives a restart; "Add…" opens pages/add/add, whose
// preset buttons add an item to the stored list before navigating back.
const KEY = 'todo-items';
const TITLES = ['Buy milk', 'Write the report', 'Call the plumber', 'Book the train', 'Water the plants'];

function counts(items) {
  const done = items.filter((item) => item.done).length;
  return { left: items.length - done, done };
}

function describe(e) {
  const touch = (e.changedTouches && e.changedTouches[0]) || {};
  return `${e.type} #${e.currentTarget.id} row ${e.mark && e.mark.row} at ${Math.round(touch.clientX)},${Math.round(touch.clientY)}`;
}

function save(items) {
  wx.setStorageSync(KEY, items);
}

Page({
  data: Object.assign({
    items: TITLES.map((title, i) => ({ id: i + 1, title, done: false })),
    last: 'nothing yet',
  }, counts(TITLES.map(() => ({ done: false })))),

  onShow() {
    // The stored list wins over the built-in one: it is what the user left, here or on the add page.
    const stored = wx.getStorageSync(KEY);
    if (Array.isArray(stored)) this.setData(Object.assign({ items: stored }, counts(stored)));
  },

  openAdd() {
    wx.navigateTo({ url: '/pages/add/add' });
  },

  toggle(e) {
    const id = e.currentTarget.dataset.id;
    const items = this.data.items.map((item) => (item.id === id ? Object.assign({}, item, { done: !item.done }) : item));
    save(items);
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },

  remove(e) {
    const id = e.currentTarget.dataset.id;
    const items = this.data.items.filter((item) => item.id !== id);
    save(items);
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },

  clearDone(e) {
    const items = this.data.items.filter((item) => !item.done);
    save(items);
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },
});
