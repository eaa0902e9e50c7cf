// <button type size plain disabled loading hover-class form-type open-type …>: the host keeps
// the attributes (the UA sheet styles button[type=primary] etc.; the render side's HoverTracker
// puts button-hover on it while pressed, which the UA sheet leaves unseen on a disabled button),
// `loading` puts a spinner before the slotted text, a disabled button swallows taps, and
// form-type submit / reset asks the enclosing <form> to submit or reset.
'use strict';

const { defineBuiltin, ancestors, builtinOf } = require('./define.js');

const template = `<builtin-part wx:if="{{loading}}" class="wx-button-loading"/><slot/>`;

const text = { type: String, value: '' };
const flag = { type: Boolean, value: false };

const definition = defineBuiltin({
  properties: {
    size: { type: String, value: 'default' },
    type: { type: String, value: 'default' },
    plain: flag,
    disabled: flag,
    loading: flag,
    formType: text,
    openType: text,
    hoverClass: { type: String, value: 'button-hover' },
    hoverStopPropagation: flag,
    hoverStartTime: { type: Number, value: 20 },
    hoverStayTime: { type: Number, value: 70 },
    lang: { type: String, value: 'en' },
    sessionFrom: text,
    sendMessageTitle: text,
    sendMessagePath: text,
    sendMessageImg: text,
    appParameter: text,
    showMessageCard: flag,
    phoneNumberNoQuotaToast: { type: Boolean, value: true },
    businessId: text,
    ariaLabel: text,
  },
  lifetimes: {
    created() {
      // Capture phase: a disabled button's own bindtap must not run either.
      this._$.addListener('tap', (e) => this.__tap(e), { capture: true });
    },
  },
  methods: {
    __tap(e) {
      if (this.data.disabled) {
        if (typeof e.stopPropagation === 'function') e.stopPropagation();
        return;
      }
      const kind = this.data.formType;
      if (kind !== 'submit' && kind !== 'reset') return;
      for (const node of ancestors(this._$)) {
        const form = builtinOf(node, 'form');
        if (form) { form.__run(kind); break; }
      }
    },
  },
});

module.exports = { tag: 'button', template, definition };
