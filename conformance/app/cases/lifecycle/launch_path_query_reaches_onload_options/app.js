require('./observe.js').app({});
