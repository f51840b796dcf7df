/** What the floor page replays: the measured page's SharePoint requests, each with the index of the
 * request whose answer it waited for there (-1: it started as soon as the page's script ran). */
export interface FloorPlan {
  requests: Array<{ method: string; url: string; headers: Record<string, string>; body?: string; after: number }>;
}

export interface ObservedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Milliseconds since navigation start. */
  start: number;
  end: number;
}

/** Each request waits for the latest answer that had arrived before it started in the measured
 * page: the chain of round trips (and the requests sent side by side) is kept. */
export function planFrom(observed: ObservedRequest[]): FloorPlan {
  const sorted = [...observed].sort((a, b) => a.start - b.start);
  return {
    requests: sorted.map((request) => {
      let after = -1;
      sorted.forEach((other, j) => {
        if (other.end <= request.start && (after < 0 || other.end > sorted[after].end)) after = j;
      });
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          ([name]) => !/^(cookie|host|content-length|user-agent|referer|origin|sec-|accept-encoding|connection)/i.test(name)
        )
      );
      // Same path on the floor's own origin (it passes SharePoint requests to the same emulator).
      const url = new URL(request.url);
      return { method: request.method, url: `${url.pathname}${url.search}`, headers, body: request.body, after };
    })
  };
}
