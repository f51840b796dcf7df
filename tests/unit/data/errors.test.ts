import { describe, expect, it } from '@jest/globals';
import { HttpRequestError } from '@pnp/queryable';
import { DataError, isDataError, toDataError } from '../../../src/data/errors';

function httpError(status: number, body: string): HttpRequestError {
  const response = new Response(body, { status, statusText: 'x' });
  return new HttpRequestError(`Error making HttpClient request in queryable [${status}] x ::> ${body}`, response);
}

describe('toDataError', () => {
  it.each([
    [404, 'notFound'],
    [412, 'conflict'],
    [429, 'throttled'],
    [503, 'throttled'],
    [403, 'forbidden'],
    [401, 'forbidden'],
    [400, 'validation'],
    [500, 'network']
  ])('maps HTTP %i to %s with a Danish message', (status, kind) => {
    const mapped = toDataError(httpError(status, '{"odata.error":{"code":"x","message":{"lang":"en-US","value":"Server says no"}}}'));
    expect(mapped.kind).toBe(kind);
    expect(mapped.status).toBe(status);
    expect(mapped.detail).toBe('Server says no');
    expect(mapped.message).toMatch(/[æøå]|SharePoint|Elementet/);
    expect(mapped.cause).toBeInstanceOf(HttpRequestError);
  });

  it('recognises the list view threshold from the body, whatever the status', () => {
    const body =
      '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The attempted operation is prohibited because it exceeds the list view threshold."}}}';
    expect(toDataError(httpError(500, body)).kind).toBe('threshold');
  });

  it('reads a 429 as throttling even with the threshold exception code SharePoint sends with it', () => {
    const body =
      '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The request has been throttled."}}}';
    expect(toDataError(httpError(429, body)).kind).toBe('throttled');
  });

  it('maps a unique-column duplicate (500 SPDuplicateValuesFoundException) to its own kind, never to network', () => {
    const body =
      '{"odata.error":{"code":"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException","message":{"lang":"en-US","value":"The list item could not be added or updated because duplicate values were found in one or more fields in the list."}}}';
    const mapped = toDataError(httpError(500, body));
    expect(mapped.kind).toBe('duplicate');
    expect(mapped.status).toBe(500);
    expect(mapped.message).toBe(
      'Der findes allerede et element med samme værdi i et felt, der skal være entydigt (fx samme år). Ret værdien, eller åbn det element, der findes.'
    );
  });

  it('maps a failed fetch to network and keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    const mapped = toDataError(cause);
    expect(mapped.kind).toBe('network');
    expect(mapped.cause).toBe(cause);
  });

  it('passes DataErrors through unchanged', () => {
    const e = new DataError('conflict', { conflicts: [{ field: 'Title', base: 'a', mine: 'b', theirs: 'c' }] });
    expect(toDataError(e)).toBe(e);
    expect(isDataError(e)).toBe(true);
    expect(e).toBeInstanceOf(Error);
  });
});
