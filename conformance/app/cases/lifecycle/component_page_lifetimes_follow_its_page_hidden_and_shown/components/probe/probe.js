require('../../observe.js').component('probe', {});
