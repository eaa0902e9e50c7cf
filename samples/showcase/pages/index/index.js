Page({
  data: {
    greeting: 'Hello from Sparrow',
    subtitle: 'A WeChat mini program, rendered headless by our own engine.',
    stats: [
      { label: 'Frames', value: 60, unit: 'fps', accent: '#1f6feb' },
      { label: 'Nodes', value: 128, unit: '', accent: '#2da44e' },
      { label: 'Draws', value: 9, unit: 'calls', accent: '#bf3989' },
    ],
    tags: ['flexbox', 'WXSS', 'glass-easel', 'HarfBuzz', 'GLES 3'],
    items: [],
    progress: 0,
  },
  onLoad() {
    const items = [];
    for (let i = 1; i <= 4; i++) {
      items.push({ id: i, title: `Row ${i}`, detail: i % 2 ? 'Rounded corners, borders and shadows' : '中文文本与 emoji 混排 ✓' });
    }
    this.setData({ items });
  },
  onReady() {
    // A later task: the frame after this shows the updated bar.
    setTimeout(() => this.setData({ progress: 72 }), 100);
  },
  onTapCard(e) {
    this.setData({ greeting: `Tapped ${e.currentTarget.dataset.id}` });
  },
});
