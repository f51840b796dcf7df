// The floor for the department view's first render (issue 21): the least a page built with the same
// toolchain (esbuild, as the dev host), React and Fluent UI can do for the same result. It makes the
// same SharePoint requests the measured page made before its matrix was on screen, each started
// when the request it waited for in that page has answered, and renders one table of what came
// back. Our page's time divided by this page's time, measured in the same run, is the figure the
// budget holds (first render at most 1.5 times the floor).
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Stack, Text } from '@fluentui/react';
import type { FloorPlan } from './plan';

declare global {
  interface Window {
    __floorPlan?: FloorPlan;
  }
}

async function replay(plan: FloorPlan): Promise<string[]> {
  const done: Array<Promise<string>> = [];
  let digest: string | undefined;
  plan.requests.forEach((request, index) => {
    const after = request.after >= 0 ? done[request.after] : Promise.resolve('');
    done[index] = after.then(async () => {
      const headers = { ...request.headers };
      if (digest && headers['x-requestdigest']) headers['x-requestdigest'] = digest;
      const response = await fetch(request.url, { method: request.method, headers, body: request.body, credentials: 'same-origin' });
      const text = await response.text();
      if (/\/_api\/contextinfo/i.test(request.url)) {
        const match = /"FormDigestValue"\s*:\s*"([^"]+)"/.exec(text);
        if (match) digest = match[1];
      }
      return text;
    });
  });
  return Promise.all(done);
}

const Table: React.FC<{ titles: string[] }> = ({ titles }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Text variant="xLarge">Udgangspunkt for målene</Text>
    <table data-testid="track-matrix">
      <thead>
        <tr>
          <th scope="col">Mål</th>
        </tr>
      </thead>
      <tbody>
        {titles.map((title, i) => (
          <tr key={i}>
            <th scope="row">{title}</th>
          </tr>
        ))}
      </tbody>
    </table>
  </Stack>
);

const plan = window.__floorPlan;
if (plan) {
  void replay(plan).then((answers) => {
    const titles = answers.flatMap((text) => Array.from(text.matchAll(/"Title"\s*:\s*"([^"]*)"/g), (m) => m[1]));
    ReactDom.render(<Table titles={titles} />, document.getElementById('root'));
  });
}
