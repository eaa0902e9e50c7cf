// scroll-view (x and y) and swiper (dots, autoplay, circular, vertical).
Page({
  data: {
    banners: [
      { title: 'Autoplay', color: '#1f6feb' },
      { title: 'Circular', color: '#0e7c66' },
      { title: 'Indicator dots', color: '#d25f00' },
    ],
    news: ['Sparrow renders mini programs', 'Swipers autoplay on the render thread', 'Scrolling never waits for JS'],
    chips: ['All', 'Design', 'Travel', 'Food', 'Tech', 'City', 'Books', 'Music', 'Sports', 'Games'],
    rows: Array.from({ length: 20 }, (_, i) => `Row ${i + 1}`),
    current: 0,
    source: '',
    chipsLeft: 0,
    into: '',
    lowerCount: 0,
  },
  onLoad() {
    setTimeout(() => this.setData({ into: 'row-5' }), 50);
  },
  onBanner(e) { this.setData({ current: e.detail.current, source: e.detail.source }); },
  onChips() {},
  onLower() { this.setData({ lowerCount: this.data.lowerCount + 1 }); },
});
