import { parseProvisionArgs } from '../../../scripts/provision';
import { parseFlags } from '../../../devhost/args';

describe('npm run provision arguments', () => {
  it('takes the site and a token from the flag or SP_ACCESS_TOKEN', () => {
    expect(parseProvisionArgs(['--site', 'https://k.sharepoint.com/sites/udv/', '--token', 't'], {})).toEqual({
      site: 'https://k.sharepoint.com/sites/udv',
      token: 't',
      user: undefined
    });
    expect(parseProvisionArgs(['--site', 'https://k.sharepoint.com/sites/udv'], { SP_ACCESS_TOKEN: 'env' }).token).toBe('env');
    expect(parseProvisionArgs(['--site', 'http://127.0.0.1:4331/sites/skanderborg', '--user', 'admin@kommune.local'], {}).user).toBe('admin@kommune.local');
  });

  it('explains in Danish what is missing or wrong', () => {
    expect(() => parseProvisionArgs([], {})).toThrow('Angiv webstedet med --site');
    expect(() => parseProvisionArgs(['--site', 'kommune'], {})).toThrow('Angiv webstedet med --site');
    expect(() => parseProvisionArgs(['--site', 'https://k.sharepoint.com/sites/udv'], {})).toThrow('Angiv --token');
    expect(() => parseProvisionArgs(['--site'], {})).toThrow('--site mangler en værdi');
    expect(() => parseProvisionArgs(['--sites', 'x'], {})).toThrow('Ukendt flag: --sites');
  });
});

describe('npm start / npm run emulator flags', () => {
  it('parses ports, data dir, reset and latency', () => {
    expect(parseFlags(['--port', '5000', '--data', '/tmp/d', '--reset', '--latency', '100'])).toEqual({
      port: 5000,
      data: '/tmp/d',
      reset: true,
      latency: 100
    });
  });

  it('refuses bad values with a Danish message', () => {
    expect(() => parseFlags(['--port', 'abc'])).toThrow('--port skal være et helt tal, ikke "abc"');
    expect(() => parseFlags(['--data'])).toThrow('--data mangler en værdi');
    expect(() => parseFlags(['--nope'])).toThrow('Ukendt flag: --nope');
  });
});
