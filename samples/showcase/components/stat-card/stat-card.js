Component({
  properties: {
    label: { type: String, value: '' },
    value: { type: Number, value: 0 },
    unit: { type: String, value: '' },
    accent: { type: String, value: '#1f6feb' },
  },
});
