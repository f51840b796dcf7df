import { formatRoute, parseRoute, type Route } from '../../../src/webparts/udviklingsaftaler/routing/route';
import { routeOfHash } from '../../../src/webparts/udviklingsaftaler/routing/useHashRoute';

describe('hash routes', () => {
  const routes: Array<[string, Route]> = [
    ['#/afdeling/12/2023', { view: 'afdeling', departmentId: 12, year: 2023 }],
    ['#/maal/7', { view: 'maal', goalId: 7 }],
    ['#/nyt-maal/3', { view: 'nyt-maal', agreementId: 3 }],
    ['#/dokument/3', { view: 'dokument', agreementId: 3 }],
    ['#/opfoelgning/3', { view: 'opfoelgning', agreementId: 3 }],
    ['#/overblik/2023', { view: 'overblik', year: 2023 }],
    ['#/opgaver', { view: 'opgaver' }],
    ['#/importer/12/2020', { view: 'importer', departmentId: 12, year: 2020 }],
    ['#/importer', { view: 'importer', departmentId: undefined, year: undefined }]
  ];
  it.each(routes)('reads and writes %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('gives undefined for what is not a route, so the start view is used', () => {
    for (const hash of ['#/maal/x', '#/maal/0', '#/nyt-maal', '#/ukendt/1', '#/maal/-1']) expect(parseRoute(hash)).toBeUndefined();
  });
});

describe('malformed and unknown hashes', () => {
  const home: Route = { view: 'afdeling' };

  it.each(['#/afdeling/%', '#/maal/%E0%A4%A', '#/%', '#/dokument/%zz'])('never throws on %s and gives no route', (hash) => {
    expect(() => parseRoute(hash)).not.toThrow();
    expect(parseRoute(hash)).toBeUndefined();
  });

  it.each(['#/afdeling/%', '#/maal/%E0%A4%A', '#/ukendt/1', '#/maal/x'])('shows %s as not found, keeping what was asked for', (hash) => {
    expect(routeOfHash(hash, home)).toEqual({ view: 'notFound', hash });
  });

  it.each(['', '#', '#/', '#tilmelding', '#%'])('opens the start view for %j (empty, or an anchor that is not a route)', (hash) => {
    expect(routeOfHash(hash, home)).toBe(home);
  });

  it('reads a route written without the slash, as before', () => {
    expect(routeOfHash('#afdeling/12/2023', home)).toEqual({ view: 'afdeling', departmentId: 12, year: 2023 });
  });

  it('still reads encoded parts that decode', () => {
    expect(routeOfHash('#/maal/%37', home)).toEqual({ view: 'maal', goalId: 7 });
  });
});
