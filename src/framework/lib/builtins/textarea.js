// <textarea value placeholder placeholder-class placeholder-style disabled maxlength focus
// auto-focus auto-height bindinput bindfocus bindblur bindconfirm>: input.js's field over many
// lines (the UA sheet wraps it; line breaks typed on the render side are kept). `auto-height`
// is reflected only (the box keeps its UA or page height).
'use strict';

const { fieldDefinition } = require('./input.js');

const template = `<builtin-part class="wx-textarea-wrapper"><builtin-part wx:if="{{!value}}" class="wx-input-placeholder wx-textarea-placeholder placeholder-class" style="{{placeholderStyle}}">{{placeholder}}</builtin-part><builtin-part class="wx-textarea-content">{{before}}<builtin-part wx:if="{{focused}}" class="wx-input-caret" style="background-color: {{cursorColor || '#1aad19'}}"/>{{after}}</builtin-part></builtin-part>`;

const definition = fieldDefinition({
  autoHeight: { type: Boolean, value: false },
  password: { type: Boolean, value: false },
});

module.exports = { tag: 'textarea', template, definition };
