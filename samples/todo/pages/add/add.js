// Preset items (there is no text input yet): a tap appends one to the stored list and goes back.
const KEY = 'todo-items';
const DEFAULTS = ['Buy milk', 'Write the report', 'Call the plumber', 'Book the train', 'Water the plants'];

Page({
  data: {
    presets: ['Buy bread', 'Pay the rent', 'Walk the dog', 'Fix the bike'],
  },
  add(e) {
    const stored = wx.getStorageSync(KEY);
    const items = Array.isArray(stored) ? stored : DEFAULTS.map((title, i) => ({ id: i + 1, title, done: false }));
    const id = items.reduce((max, item) => Math.max(max, item.id), 0) + 1;
    wx.setStorageSync(KEY, items.concat([{ id, title: e.currentTarget.dataset.title, done: false }]));
    wx.navigateBack();
  },
});
