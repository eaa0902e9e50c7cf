Component({
  properties: { title: { type: String, value: '' } },
  lifetimes: {
    attached() { getApp().globalData.log.push('card.attached'); },
    ready() { getApp().globalData.log.push('card.ready'); },
  },
  pageLifetimes: {
    show() { getApp().globalData.log.push('card.pageShow'); },
    hide() { getApp().globalData.log.push('card.pageHide'); },
  },
});
