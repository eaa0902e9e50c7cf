// A feed the size real apps have: 120 cards at load, 40 more each time the page reaches its bottom.
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
    loading: false,
  },
  onLoad() {
    this.setData({ items: makeItems(0, 120), loaded: 120 });
  },
  onReachBottom() {
    // Appends one page with a path update, so only the new cards are created.
    const from = this.data.loaded;
    const size = getApp().globalData.pageSize;
    const patch = { loaded: from + size };
    makeItems(from, size).forEach((item, k) => { patch[`items[${from + k}]`] = item; });
    this.setData(patch);
  },
  onTapLike(e) {
    const i = e.currentTarget.dataset.index;
    this.setData({ [`items[${i}].likes`]: this.data.items[i].likes + 1 });
  },
});
