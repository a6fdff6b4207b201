import { readFileSync } from 'node:fs';

/** A gateway example copied from the published docs into test/fixtures/api. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/api/${name}`, import.meta.url), 'utf8')) as unknown;
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/api/${name}`, import.meta.url), 'utf8');
}
