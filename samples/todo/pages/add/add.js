// A typed item (the input's bindconfirm) or a preset (a tap) is appended to the stored list, then
// the page goes back to the list.
const KEY = 'todo-items';
const DEFAULTS = ['Buy milk', 'Write the report', 'Call the plumber', 'Book the train', 'Water the plants'];

Page({
  data: {
    title: '',
    presets: ['Buy bread', 'Pay the rent', 'Walk the dog', 'Fix the bike'],
  },
  onInput(e) {
    this.setData({ title: e.detail.value });
  },
  onConfirm(e) {
    const title = String(e.detail.value).trim();
    if (title) this.append(title);
  },
  add(e) {
    this.append(e.currentTarget.dataset.title);
  },
  append(title) {
    const stored = wx.getStorageSync(KEY);
    const items = Array.isArray(stored) ? stored : DEFAULTS.map((t, i) => ({ id: i + 1, title: t, done: false }));
    const id = items.reduce((max, item) => Math.max(max, item.id), 0) + 1;
    wx.setStorageSync(KEY, items.concat([{ id, title, done: false }]));
    wx.navigateBack();
  },
});
