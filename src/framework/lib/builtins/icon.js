// <icon type size color>: WeChat's nine icons drawn with CSS shapes (no icon font): a disc in
// `color` with a white mark (success, info, warn, waiting, cancel, download), or the mark alone in
// `color` (success_no_circle, search, clear draws a small grey disc). Default colors per type as
// WeChat documents them (success #09BB07, info #10AEFF, warn #F76260, waiting #10AEFF,
// cancel #F43530, download #09BB07, search #B2B2B2, clear #B2B2B2).
'use strict';

const { defineBuiltin } = require('./define.js');

const COLORS = {
  success: '#09BB07', success_no_circle: '#09BB07', info: '#10AEFF', warn: '#F76260', waiting: '#10AEFF',
  cancel: '#F43530', download: '#09BB07', search: '#B2B2B2', clear: '#B2B2B2',
};
const DISC = new Set(['success', 'info', 'warn', 'waiting', 'cancel', 'download', 'clear']);

// Each mark is drawn by .wx-icon-<type> parts inside a box of `size` px; the UA sheet sizes the
// parts in % of the box so any size scales.
const template = `<builtin-part class="wx-icon wx-icon-{{type}}{{disc ? ' wx-icon-disc' : ''}}" style="width: {{box}}; height: {{box}}; {{disc ? 'background-color: ' + shown : 'color: ' + shown}}"><builtin-part class="wx-icon-mark-a" style="{{markA}}"/><builtin-part class="wx-icon-mark-b" style="{{markB}}"/></builtin-part>`;

// The marks of an icon without a disc take `color`: hollow ones (the check, the lens) as their
// border, solid ones (the lens's handle) as their fill. On a disc the UA sheet paints them white.
const HOLLOW = new Set(['success_no_circle', 'search']);

const definition = defineBuiltin({
  properties: {
    type: { type: String, value: '', observer() { this.__paint(); } },
    size: { type: null, value: 23, observer() { this.__paint(); } },
    color: { type: String, value: '', observer() { this.__paint(); } },
  },
  data: { shown: '', disc: false, markA: '', markB: '', box: '23px' },
  lifetimes: { attached() { this.__paint(); } },
  methods: {
    __paint() {
      const { type, color, size } = this.data;
      // size is a number of px or a length with its unit ("2em").
      const box = /^\s*[\d.]+\s*$/.test(String(size)) ? `${Number(size)}px` : String(size);
      const shown = color || COLORS[type] || '#000000';
      const disc = DISC.has(type);
      const markA = disc ? '' : HOLLOW.has(type) ? `border-color: ${shown}` : `background-color: ${shown}`;
      const markB = disc ? '' : `background-color: ${shown}`;
      this.setData({ shown, disc, markA, markB, box });
    },
  },
});

module.exports = { tag: 'icon', template, definition, COLORS };
