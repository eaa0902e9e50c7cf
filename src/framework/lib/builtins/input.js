// <input value type password placeholder placeholder-class placeholder-style disabled maxlength
// focus auto-focus confirm-type cursor-color bindinput bindfocus bindblur bindconfirm>: one line
// of text (dots when `password`) with the placeholder over it while the value is empty, and a
// 2px caret while focused. Focus, the caret and editing belong to the render side
// (HeadlessSession.TextInput.cs, as a native text field): it sends sparrowfocus, sparrowinput
// ({value, cursor, keyCode}), sparrowconfirm and sparrowblur to the host element, and this
// component keeps the value and fires the documented events (a string a bindinput handler
// returns replaces the value, as in WeChat). `type` and `maxlength` are applied
// there (the render side reads the reflected attributes). Also registered as `textarea` (many
// lines, line breaks kept; see textarea.js).
'use strict';

const { defineBuiltin, userSet } = require('./define.js');

const template = `<builtin-part class="wx-input-wrapper"><builtin-part wx:if="{{!value}}" class="wx-input-placeholder placeholder-class" style="{{placeholderStyle}}">{{placeholder}}</builtin-part><builtin-part class="wx-input-content">{{before}}<builtin-part wx:if="{{focused}}" class="wx-input-caret" style="background-color: {{cursorColor || '#1aad19'}}"/>{{after}}</builtin-part></builtin-part>`;

const text = { type: String, value: '' };
const flag = { type: Boolean, value: false };

/** What a field shows for `value`: the text, or one dot per character of a password. */
function shown(value, password) {
  const s = value == null ? '' : String(value);
  return password ? '\u25CF'.repeat(Array.from(s).length) : s;
}

/** The definition shared by input and textarea (`properties` adds to the common ones). */
function fieldDefinition(properties) {
  return defineBuiltin({
    properties: Object.assign({
      value: { type: String, value: '', observer() { this.__show(); } },
      placeholder: text,
      placeholderStyle: text,
      disabled: flag,
      maxlength: { type: Number, value: 140 },
      focus: flag,
      autoFocus: flag,
      cursorColor: text,
      cursor: { type: Number, value: -1 },
      cursorSpacing: { type: Number, value: 0 },
      confirmType: { type: String, value: 'done' },
      confirmHold: flag,
      holdKeyboard: flag,
      adjustPosition: { type: Boolean, value: true },
    }, properties),
    externalClasses: ['placeholder-class'],
    data: { before: '', after: '', focused: false, caret: 0 },
    lifetimes: {
      created() {
        const element = this._$;
        element.addListener('sparrowfocus', (e) => this.__focus(e.detail || {}));
        element.addListener('sparrowinput', (e) => this.__input(e.detail || {}));
        element.addListener('sparrowconfirm', (e) => this.triggerEvent('confirm', { value: (e.detail || {}).value }));
        element.addListener('sparrowblur', (e) => this.__blur(e.detail || {}));
      },
      attached() { this.__show(); },
    },
    methods: {
      __focus(detail) {
        this.__caret = String(this.data.value).length;
        userSet(this, { focused: true, focus: true });
        this.__show();
        this.triggerEvent('focus', { value: this.data.value, height: detail.height || 0 });
      },

      __input(detail) {
        const value = String(detail.value == null ? '' : detail.value);
        this.__caret = typeof detail.cursor === 'number' ? detail.cursor : value.length;
        userSet(this, { value });
        this.__show();
        // WeChat: a bindinput handler that returns a string replaces the value.
        let replaced;
        const handleListenerReturn = (ret) => {
          if (typeof ret === 'string') replaced = ret;
          return undefined;
        };
        this.triggerEvent('input', { value, cursor: this.__caret, keyCode: detail.keyCode }, { handleListenerReturn });
        if (replaced !== undefined && replaced !== value) {
          this.__caret = Math.min(this.__caret, replaced.length);
          userSet(this, { value: replaced });
          this.__show();
        }
      },

      __blur(detail) {
        userSet(this, { focused: false, focus: false });
        this.__show();
        this.triggerEvent('blur', { value: this.data.value, cursor: typeof detail.cursor === 'number' ? detail.cursor : this.__caret });
      },

      /** Splits what is shown at the caret (the caret only shows while focused). */
      __show() {
        const value = String(this.data.value == null ? '' : this.data.value);
        const chars = Array.from(shown(value, this.data.password));
        if (!this.data.focused) {
          this.setData({ before: chars.join(''), after: '' });
          return;
        }
        // The caret counts UTF-16 units of the value; dots stand one per code point.
        const caret = Math.min(value.length, Math.max(0, this.__caret == null ? value.length : this.__caret));
        const at = Array.from(value.slice(0, caret)).length;
        this.setData({ before: chars.slice(0, at).join(''), after: chars.slice(at).join('') });
      },
    },
  });
}

const definition = fieldDefinition({
  type: { type: String, value: 'text' },
  password: { type: Boolean, value: false, observer() { this.__show(); } },
});

module.exports = { tag: 'input', template, definition, fieldDefinition };
