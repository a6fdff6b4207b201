/** The result file: expired, missing, unreadable, too large, or still failing to download. */
import { minutesOf } from './sentence-parts';
import type { Entry } from './user-error';

/** What kept a result download failing until its window closed (the end of "its file still failed (…)"). */
const DOWNLOAD_FAULTS = {
  'no-answer': 'no answer in time',
  connection: 'the connection failed',
  'broke-off': 'the transfer broke off',
  'cut-short': 'the file arrived cut short',
} as const;

/** A passing download fault: one of DOWNLOAD_FAULTS, or the HTTP status the file answered. */
export type DownloadFault = keyof typeof DOWNLOAD_FAULTS | number;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const resultExpired = {
  code: 'result-expired',
  action: 'none',
  message:
    'The result file has expired on the gateway (files are kept about a day), so it can no longer be inserted; generating again is the only way.',
} satisfies Entry;

export const resultNoFile = {
  code: 'result-unreadable',
  action: 'retry',
  message: 'The result could not be read: the gateway reported success but sent no result file.',
} satisfies Entry;

export const resultHttpError = {
  code: 'result-unreadable',
  action: 'retry',
  message: (status: number) => `The result could not be read: the file answered HTTP ${status}.`,
} satisfies Entry;

export const resultNotAFile = {
  code: 'result-unreadable',
  action: 'retry',
  message: 'The result could not be read: the file is neither SVG nor a PNG, JPEG, GIF or WebP image.',
} satisfies Entry;

export const resultTooLarge = {
  code: 'result-unreadable',
  action: 'check-history',
  message: (bytes: number, limitBytes: number) =>
    `The result file is ${megabytes(bytes)}, more than the ${megabytes(limitBytes)} the plugin can insert safely, so it was not read. It was generated and may be charged: you can download it from your gateway dashboard.`,
} satisfies Entry;

export const resultGaveUp = {
  code: 'result-unreadable',
  action: 'check-history',
  message: (lastFault: DownloadFault, windowMs: number) =>
    `The result could not be downloaded: its file still failed (${
      typeof lastFault === 'number' ? `HTTP ${lastFault}` : DOWNLOAD_FAULTS[lastFault]
    }) after ${minutesOf(windowMs)} min of retries. It was generated and may be charged; check your gateway dashboard.`,
} satisfies Entry;
