// A feed the size real apps have: 120 cards at load, 40 more each time the page reaches its bottom,
// up to 10,000; pulling the page down reloads the first 120 (a refresh that takes 400 ms, as a
// request would).
const TOPICS = ['Design', 'Travel', 'Food', 'Tech', 'City', 'Books'];
const WORDS = ['quiet', 'morning', 'market', 'river', 'lantern', 'noodle', 'bridge', 'signal', 'garden', 'paper',
  'harbour', 'window', 'tea', 'mountain', 'street', 'engine', 'letter', 'autumn', 'rain', 'station'];

function sentence(seed, count) {
  const words = [];
  for (let i = 0; i < count; i++) {
    words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  }
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

function makeItems(from, count) {
  const items = [];
  for (let i = from; i < from + count; i++) {
    items.push({
      id: i,
      cover: `/images/cover-${(i % 4) + 1}.png`,
      title: `${sentence(i, 4)} #${i + 1}`,
      summary: `${sentence(i + 3, 18)}. ${i % 3 === 0 ? '城市漫步与小店推荐，周末去哪儿。' : sentence(i + 5, 10) + '.'}`,
      tags: [TOPICS[i % TOPICS.length], TOPICS[(i + 2) % TOPICS.length]],
      likes: (i * 37) % 1000,
      comments: (i * 11) % 200,
      author: `author ${(i % 17) + 1}`,
    });
  }
  return items;
}

Page({
  data: {
    items: [],
    loaded: 0,
    total: 0,
    refreshes: 0,
    refreshing: false,
  },
  onLoad() {
    const { firstPage, total } = getApp().globalData;
    this.setData({ items: makeItems(0, firstPage), loaded: firstPage, total });
  },
  onReachBottom() {
    // Appends one page with a path update, so only the new cards are created and sent.
    const { pageSize, total } = getApp().globalData;
    const from = this.data.loaded;
    const size = Math.min(pageSize, total - from);
    if (size <= 0 || this.data.refreshing) return;
    const patch = { loaded: from + size };
    makeItems(from, size).forEach((item, k) => { patch[`items[${from + k}]`] = item; });
    this.setData(patch);
  },
  onPullDownRefresh() {
    // The render side shows the indicator while the "request" runs; the first page replaces the list.
    this.setData({ refreshing: true });
    setTimeout(() => {
      const first = getApp().globalData.firstPage;
      this.setData({ items: makeItems(0, first), loaded: first, refreshes: this.data.refreshes + 1, refreshing: false });
      wx.stopPullDownRefresh();
    }, 400);
  },
  onTapLike(e) {
    const i = e.currentTarget.dataset.index;
    this.setData({ [`items[${i}].likes`]: this.data.items[i].likes + 1 });
  },
});
