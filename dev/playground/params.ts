/**
 * The page's URL parameters, e.g.
 * /playground/index.html?host=penpot&theme=dark&api=http://127.0.0.1:8787/api/v1
 */
import type { PlaygroundHost, PlaygroundTheme } from './api-types';

export interface PlaygroundParams {
  readonly host: PlaygroundHost;
  /** The API base seeded into the plugin's settings when it has none. */
  readonly api: string;
  /** Penpot mode: the origin serving dist/penpot (manifest.json at its root). */
  readonly penpot: string;
  readonly theme: PlaygroundTheme;
  /** The mock gateway's origin, for its /__admin/* endpoints (balance, log). */
  readonly mock: string;
  /** `icon-set`: a fresh user's Icon set form starts with a demo set (demo-seed.ts). */
  readonly demo?: 'icon-set';
}

const DEFAULT_API = 'http://127.0.0.1:8787/api/v1';
const DEFAULT_PENPOT_ORIGIN = 'http://127.0.0.1:8789';

function originOf(url: string, fallback: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return fallback;
  }
}

export function readParams(search: string): PlaygroundParams {
  const query = new URLSearchParams(search);
  const api = query.get('api') || DEFAULT_API;
  return {
    host: query.get('host') === 'penpot' ? 'penpot' : 'figma',
    api,
    penpot: originOf(query.get('penpot') || DEFAULT_PENPOT_ORIGIN, DEFAULT_PENPOT_ORIGIN),
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    mock: originOf(query.get('mock') || api, originOf(DEFAULT_API, '')),
    ...(query.get('demo') === 'icon-set' ? { demo: 'icon-set' as const } : {}),
  };
}

/** The current URL with one parameter changed (host switch, theme kept across reloads). */
export function urlWith(name: string, value: string): string {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  return url.href;
}
