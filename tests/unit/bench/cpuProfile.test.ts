import type { Protocol } from 'playwright-core/types/protocol';
import { selfTimes } from '../../../bench/lib/cpuProfile';

const frame = (functionName: string, url: string, lineNumber: number): Protocol.Runtime.CallFrame => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
  scriptId: '1'
});

// root -> render (app.js line 10) -> layout (app.js line 20); (idle) beside them.
const profile: Protocol.Profiler.Profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '', -1), children: [2, 4] },
    { id: 2, callFrame: frame('render', 'https://cdn.example/dist/app_1234.js?v=1', 9), children: [3] },
    { id: 3, callFrame: frame('', 'https://cdn.example/dist/app_1234.js', 19) },
    { id: 4, callFrame: frame('(idle)', '', -1) }
  ],
  startTime: 1_000,
  endTime: 11_000,
  samples: [2, 3, 3, 4],
  timeDeltas: [0, 1_000, 2_000, 3_000]
};

describe('bench/lib/cpuProfile.ts self time', () => {
  it('gives each sample the time to the next one, and the last the time to the end', () => {
    const totals = selfTimes([profile]);
    // render 1 ms, the anonymous function 2 + 3 ms, (idle) from 7,000 to 11,000 µs: 4 ms.
    expect(totals.byFunction.get('render app_1234.js:10')).toBe(1);
    expect(totals.byFunction.get('(anonymous) app_1234.js:20')).toBe(5);
    expect(totals.byFunction.get('(idle)')).toBe(4);
    expect(totals.byScript.get('app_1234.js')).toBe(6);
    expect(totals.totalMs).toBe(10);
  });

  it('sums several profiles and counts them', () => {
    const totals = selfTimes([profile, profile]);
    expect(totals.profiles).toBe(2);
    expect(totals.byScript.get('app_1234.js')).toBe(12);
    expect(selfTimes([]).totalMs).toBe(0);
  });
});
