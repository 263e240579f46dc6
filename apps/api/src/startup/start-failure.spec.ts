import { describeStartFailure, StartFailure } from './start-failure';

describe('a failed start', () => {
  it('describes whatever was thrown, even nothing at all', () => {
    expect(describeStartFailure(undefined)).toBe('it failed without saying why (the error was undefined)');
    expect(describeStartFailure('initdb exited with code 1')).toBe('initdb exited with code 1');
    expect(describeStartFailure(new Error('connect ECONNREFUSED'))).toMatch(
      /^Error: connect ECONNREFUSED\n\s+at /,
    );
    expect(describeStartFailure(new StartFailure('Port 3000 is already in use'))).toBe(
      'Port 3000 is already in use',
    );
  });
});
