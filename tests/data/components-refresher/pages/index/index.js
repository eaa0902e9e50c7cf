Page({
  data: { on: false, rows: [0, 1, 2, 3, 4, 5, 6, 7] },
  show() { this.setData({ on: true }); },
});
