const { logged } = require('../../utils/log.js');

Page(Object.assign(logged('index'), {
  data: {
    theme: 'light',
    title: 'Hello',
    items: [{ id: 1, name: 'tea', cents: 350 }, { id: 2, name: 'cake', cents: 1200 }],
    user: { vip: true, level: 3 },
  },
}));
