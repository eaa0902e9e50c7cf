Component({
  properties: { label: { type: String, value: '' } },
  methods: {
    // The component's own query: `#title` here is the card's.
    measure() {
      this.createSelectorQuery().select('#title').boundingClientRect((r) => {
        globalThis.__log.push(`card title ${r.top} ${r.height}`);
      }).exec();
    },
  },
});
