// $batch as PnPjs writes and parses it: a multipart body of `application/http` parts (writes inside
// changesets), answered by flat `--batchresponse_` parts, one per request in request order, and a
// closing boundary followed by exactly one newline.

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function parseBatch(body: string): BatchPart[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: BatchPart[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!/^content-type:\s*application\/http/i.test(lines[i])) {
      i += 1;
      continue;
    }
    // Part headers, then a blank line, then the request line.
    while (i < lines.length && lines[i].trim() !== '') i += 1;
    i += 1;
    const requestLine = /^([A-Z]+)\s+(\S+)\s+HTTP\/1\.1/i.exec(lines[i] ?? '');
    if (!requestLine) throw new Error(`Invalid batch request line: ${lines[i] ?? ''}`);
    i += 1;
    const headers: Record<string, string> = {};
    while (i < lines.length && lines[i].trim() !== '') {
      const at = lines[i].indexOf(':');
      if (at > 0) headers[lines[i].slice(0, at).trim().toLowerCase()] = lines[i].slice(at + 1).trim();
      i += 1;
    }
    i += 1;
    const bodyLines: string[] = [];
    while (i < lines.length && !lines[i].startsWith('--batch_') && !lines[i].startsWith('--changeset_')) {
      bodyLines.push(lines[i]);
      i += 1;
    }
    parts.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers, body: bodyLines.join('\n').trim() });
  }
  return parts;
}

export interface BatchResult {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export function formatBatchResponse(boundary: string, results: BatchResult[]): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(`--batchresponse_${boundary}`);
    out.push('Content-Type: application/http');
    out.push('Content-Transfer-Encoding: binary');
    out.push('');
    out.push(`HTTP/1.1 ${result.status} ${result.statusText}`);
    out.push('CONTENT-TYPE: application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    for (const [name, value] of Object.entries(result.headers)) out.push(`${name.toUpperCase()}: ${value}`);
    out.push('');
    if (result.body !== undefined) out.push(result.body);
  }
  out.push(`--batchresponse_${boundary}--`);
  return `${out.join('\n')}\n`;
}
