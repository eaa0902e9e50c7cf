// A todo list driven by touch: tap an item to toggle it, long-press it to remove it, "Clear done"
// removes the finished ones. `last` shows what the last handler saw of its event.
const TITLES = ['Buy milk', 'Write the report', 'Call the plumber', 'Book the train', 'Water the plants'];

function counts(items) {
  const done = items.filter((item) => item.done).length;
  return { left: items.length - done, done };
}

function describe(e) {
  const touch = (e.changedTouches && e.changedTouches[0]) || {};
  return `${e.type} #${e.currentTarget.id} row ${e.mark && e.mark.row} at ${Math.round(touch.clientX)},${Math.round(touch.clientY)}`;
}

Page({
  data: Object.assign({
    items: TITLES.map((title, i) => ({ id: i + 1, title, done: false })),
    last: 'nothing yet',
  }, counts(TITLES.map(() => ({ done: false })))),

  toggle(e) {
    const id = e.currentTarget.dataset.id;
    const items = this.data.items.map((item) => (item.id === id ? Object.assign({}, item, { done: !item.done }) : item));
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },

  remove(e) {
    const id = e.currentTarget.dataset.id;
    const items = this.data.items.filter((item) => item.id !== id);
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },

  clearDone(e) {
    const items = this.data.items.filter((item) => !item.done);
    this.setData(Object.assign({ items, last: describe(e) }, counts(items)));
  },
});
