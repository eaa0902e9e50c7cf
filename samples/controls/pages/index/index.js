// Every form control of the base library on one page; each handler writes what it received into
// `log` so a script (script.json) and the tests can read the outcome from the page's text.
Page({
  data: {
    fruits: [
      { value: 'apple', name: 'Apple', checked: true },
      { value: 'pear', name: 'Pear', checked: false },
      { value: 'plum', name: 'Plum', checked: false },
    ],
    sizes: [
      { value: 's', name: 'Small', checked: false },
      { value: 'm', name: 'Medium', checked: true },
    ],
    icons: ['success', 'success_no_circle', 'info', 'warn', 'waiting', 'cancel', 'download', 'search', 'clear'],
    volume: 40,
    log: 'ready',
  },
  onFruits(e) { this.setData({ log: 'fruits ' + e.detail.value.join(',') }); },
  onSize(e) { this.setData({ log: 'size ' + e.detail.value }); },
  onWifi(e) { this.setData({ log: 'wifi ' + e.detail.value }); },
  onBluetooth(e) { this.setData({ log: 'bluetooth ' + e.detail.value }); },
  onVolume(e) { this.setData({ volume: e.detail.value, log: e.type + ' ' + e.detail.value }); },
  onDisabledTap() { this.setData({ log: 'disabled tapped' }); },
  onSubmit(e) { this.setData({ log: 'submit ' + JSON.stringify(e.detail.value) }); },
  onReset() { this.setData({ log: 'reset' }); },
});
