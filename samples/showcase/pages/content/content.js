// rich-text (a string of HTML and a node array) and navigator open-types.
Page({
  data: {
    from: 'nowhere',
    html: '<h3 style="color: #1f6feb;">Rich text</h3><p>A paragraph with <b>bold</b>, <i>italic</i> and <span style="color: #ff5a5f;">red</span> text.</p><ul><li>first item</li><li>second item</li></ul>',
    nodes: [
      {
        name: 'div',
        attrs: { class: 'box', style: 'padding: 8px; border-left: 4px solid #0e7c66; background: #e8f6f1;' },
        children: [
          { type: 'text', text: 'A node array: ' },
          { name: 'strong', children: [{ type: 'text', text: 'strong' }] },
          { type: 'text', text: ', then an image:' },
          { name: 'img', attrs: { src: '/images/photo.png', width: '80', height: '50', style: 'display: block; margin-top: 6px;' } },
        ],
      },
    ],
  },
  onLoad(query) {
    if (query.from) this.setData({ from: query.from });
  },
});
