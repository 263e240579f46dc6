const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'notifications',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
