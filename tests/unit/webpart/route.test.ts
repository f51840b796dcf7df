import { formatRoute, parseRoute, type Route } from '../../../src/webparts/udviklingsaftaler/routing/route';

describe('hash routes', () => {
  const routes: Array<[string, Route]> = [
    ['#/afdeling/12/2023', { view: 'afdeling', departmentId: 12, year: 2023 }],
    ['#/maal/7', { view: 'maal', goalId: 7 }],
    ['#/nyt-maal/3', { view: 'nyt-maal', agreementId: 3 }],
    ['#/dokument/3', { view: 'dokument', agreementId: 3 }],
    ['#/opfoelgning/3', { view: 'opfoelgning', agreementId: 3 }],
    ['#/overblik/2023', { view: 'overblik', year: 2023 }],
    ['#/opgaver', { view: 'opgaver' }]
  ];
  it.each(routes)('reads and writes %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('gives undefined for what is not a route, so the start view is used', () => {
    for (const hash of ['#/maal/x', '#/maal/0', '#/nyt-maal', '#/ukendt/1', '#/maal/-1']) expect(parseRoute(hash)).toBeUndefined();
  });
});
