'use strict';
module.exports = require('./context');
