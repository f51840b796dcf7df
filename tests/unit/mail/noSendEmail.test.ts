import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// SP.Utilities.Utility.SendEmail was retired on 31 October 2025 (pnp/pnpjs#3195,
// pnp/cli-microsoft365#6576): every e-mail goes through the MailSender (Microsoft Graph). This
// keeps the retired API from coming back into the product.
const SRC = join(__dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('src/', () => {
  it("never calls SharePoint's retired SendEmail", () => {
    const offenders = files(SRC).filter((f) =>
      /sputilities|utility\.sendEmail|SP\.Utilities\.Utility\.SendEmail['"`]/i.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, ''))
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
