// Forms: every button variant, checkbox-group, radio-group, switch, slider, label and form submit/reset.
Page({
  data: {
    fruits: [
      { value: 'apple', name: 'Apple', checked: true },
      { value: 'pear', name: 'Pear', checked: false },
      { value: 'peach', name: 'Peach', checked: true },
    ],
    sizes: [
      { value: 's', name: 'Small', checked: false },
      { value: 'm', name: 'Medium', checked: true },
      { value: 'l', name: 'Large', checked: false },
    ],
    volume: 40,
    result: 'Tap Submit to see the form values.',
  },
  onFruits(e) { this.setData({ result: `fruits: ${e.detail.value.join(', ')}` }); },
  onSize(e) { this.setData({ result: `size: ${e.detail.value}` }); },
  onName(e) { this.setData({ result: `name: ${e.detail.value}` }); },
  onWifi(e) { this.setData({ result: `wifi: ${e.detail.value}` }); },
  onVolume(e) { this.setData({ volume: e.detail.value, result: `volume: ${e.detail.value}` }); },
  onWarn() { this.setData({ result: 'warn tapped' }); },
  onSubmit(e) { this.setData({ result: `submitted ${JSON.stringify(e.detail.value)}` }); },
  onReset() { this.setData({ result: 'reset' }); },
});
