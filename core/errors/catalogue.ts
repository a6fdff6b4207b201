/**
 * The one catalogue of what a designer reads when something goes wrong: every
 * error code, and every sentence, in one table. Code elsewhere names an entry
 * (`userError('no-key')`) and never writes a sentence of its own, so one
 * failure always reads the same wherever it surfaces (task list, key panel,
 * banner, History), and the UI shows the sentence as it is: it never rewrites
 * one by code, which once turned "no key is saved" into "the key was refused".
 *
 * Sentences that take parameters are functions in the same table. They never
 * include the key: server text reaches them redacted (server-message.ts,
 * redact.ts), and so does an unexpected failure's own text (asUserError).
 */
import type { SvgRejection } from '../svg/types';

/** Every code a failure can carry, with what it means. Plain data: it crosses postMessage. */
export const ERROR_CODES = [
  'no-key', // no API key is saved (never asked the gateway)
  'invalid-key', // 401/403: the gateway refused the key
  'no-credits', // 402: top up
  'rate-limited', // 429: wait retryAfterSeconds
  'bad-request', // 400 and other refusals: the server's own message, or what to fix
  'server', // 5xx after retries, an unreadable answer, a redirected poll
  'network', // unreachable
  'ambiguous', // POST sent, outcome unknown: may have been charged, never resent
  'task-not-found', // 404 on a task, or an id never polled: unknown or expired
  'task-failed', // the gateway says the generation failed
  'untracked', // accepted (may be charged) but the plugin could not take it in to follow it
  'result-expired', // the result file is gone (404 on its URL, or no longer cached)
  'result-unreadable', // the result could not be read (no URL, bad bytes, absurd size)
  'invalid-svg', // the SVG pipeline rejected the result
  'insert-failed', // the host refused to put it on the canvas
  'insert-pending', // neither placed nor kept in History: the task stays pending for the next open
  'timeout', // still running at the deadline
  'cancelled', // the user stopped following it
  'unexpected', // anything we did not foresee: a bug, or a host failing in a way it never did before
  'controls-refused', // 400 naming `controls`: the gateway does not take brand colours (turn the option off)
] as const;

/** @public A UserError's code: it crosses from the sandbox or the runner to the UI. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What gets the designer going again; the UI offers it where it can. */
export const ERROR_ACTIONS = [
  'reenter-key',
  'top-up',
  'wait',
  'edit-prompt',
  'retry',
  'check-history',
  'keep-waiting',
  'none',
] as const;

/** @public A UserError's action: it crosses from the sandbox or the runner to the UI. */
export type ErrorAction = (typeof ERROR_ACTIONS)[number];

export interface UserError {
  readonly code: ErrorCode;
  /** One or two sentences for the designer, from this catalogue; never contains the key. */
  readonly message: string;
  readonly action: ErrorAction;
  readonly retryAfterSeconds?: number;
  /** HTTP status when one was received. */
  readonly status?: number;
}

/** Where an unexpected failure happened, and what the designer can do about it. */
const UNEXPECTED_CONTEXTS = {
  plugin: { during: 'in the plugin', next: 'If it keeps happening, close and reopen the plugin.' },
  'saving-settings': { during: 'while saving your settings', next: 'They may not be kept: try again.' },
  'saving-key': { during: 'while saving your API key', next: 'Try saving it again.' },
  'forgetting-key': {
    during: 'while forgetting your API key',
    next: 'It may still be saved: try Forget key again.',
  },
  history: { during: 'while working on History', next: 'Try again.' },
  // Wrapped by the insertion path, which says what became of the result (kept in History, or pending).
  placing: { during: 'while placing the result on the canvas', next: '' },
  'reading-result': { during: 'while reading the result', next: 'Try generating again.' },
  tracking: {
    during: 'while handing the accepted task to the plugin',
    next: 'It may still be charged: check your gateway dashboard.',
  },
} as const;

export type UnexpectedContext = keyof typeof UNEXPECTED_CONTEXTS;

/** Why the SVG pipeline refused a drawing, as the end of "The SVG result was not inserted: …". */
const SVG_REJECTIONS: Readonly<Record<SvgRejection, string>> = {
  'too-large': 'it is too large to insert safely',
  doctype: 'it declares a DOCTYPE, which is refused for safety',
  entity: 'it declares entities, which are refused for safety',
  'not-svg': 'it is not an SVG drawing',
  'too-deep': 'it is nested too deeply to insert safely',
  'too-many-elements': 'it has too many elements to insert safely',
  malformed: 'it is not well-formed',
};

/** What kept a result download failing until its window closed (the end of "its file still failed (…)"). */
const DOWNLOAD_FAULTS = {
  'no-answer': 'no answer in time',
  connection: 'the connection failed',
  'broke-off': 'the transfer broke off',
  'cut-short': 'the file arrived cut short',
} as const;

/** What each field of a pasted brand kit must be (core/brand/brand-json.ts names the first that is not). */
const BRAND_FIELD_RULES = {
  kit: 'it must be a JSON object, as Copy brand kit makes it',
  version: 'it must be the number 1',
  palette: 'it must be a list of colours, each {"role": "primary", "hex": "#4f46e5"}',
  styleWords: 'it must be text',
  icon: 'it must be {"size": 24, "padding": 2, "colourMode": "keep" | "mono" | "palette"}',
  prefix: 'it must be text',
  vectorModel: 'it must be the id of a model that makes vector images',
  rasterModel: 'it must be the id of a model that makes raster images',
} as const;

/** @public A brand kit's field, as a pasted kit's error names it. */
export type BrandKitField = keyof typeof BRAND_FIELD_RULES;

/** A passing download fault: one of DOWNLOAD_FAULTS, or the HTTP status the file answered. */
export type DownloadFault = keyof typeof DOWNLOAD_FAULTS | number;

const to = (target: string | undefined) => (target ? ` to ${target}` : '');
const minutesOf = (ms: number) => Math.max(1, Math.round(ms / 60_000));
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

type Sentence = string | ((...args: never[]) => string);

interface Entry {
  readonly code: ErrorCode;
  readonly action: ErrorAction;
  readonly message: Sentence;
}

/** The table: an entry per failure, several per code where the designer needs to read different things. */
export const CATALOGUE = {
  // The key
  'no-key': {
    code: 'no-key',
    action: 'reenter-key',
    message: 'No API key is saved: enter your key above.',
  },
  'invalid-key': {
    code: 'invalid-key',
    action: 'reenter-key',
    message: 'The API key was refused. Check it and save it again (API in One keys start with "aio_").',
  },
  'no-credits': {
    code: 'no-credits',
    action: 'top-up',
    message: 'Your API in One balance has run out of credits. Top up at apiin.one, then try again.',
  },

  // The gateway and the request
  'rate-limited': {
    code: 'rate-limited',
    action: 'wait',
    message: (retryAfterSeconds?: number) =>
      `The gateway is busy (too many requests). Wait ${
        retryAfterSeconds === undefined ? 'a moment' : `${Math.ceil(retryAfterSeconds)} s`
      } and try again.`,
  },
  server: {
    code: 'server',
    action: 'retry',
    message: (status?: number) =>
      `The gateway ${status === undefined ? 'sent an unreadable answer' : `had a problem (HTTP ${status})`}. Try again in a moment.`,
  },
  network: {
    code: 'network',
    action: 'retry',
    message: "Couldn't reach the gateway. Check your connection and the API base URL, then try again.",
  },
  'api-base-invalid': {
    code: 'bad-request',
    action: 'none',
    message: 'The API base URL is not a valid http(s) address. Check it under Advanced.',
  },
  'no-such-address': {
    code: 'bad-request',
    action: 'none',
    message: 'The gateway has no such address (HTTP 404). Check the API base URL under Advanced.',
  },
  'request-refused': {
    code: 'bad-request',
    action: 'edit-prompt',
    /** `said`: the server's own words, already trimmed and redacted. */
    message: (status: number, said?: string) =>
      said ? `The gateway refused the request: ${said}` : `The gateway refused the request (HTTP ${status}).`,
  },
  'prompt-length': {
    code: 'bad-request',
    action: 'edit-prompt',
    message: (length: number, min: number, max: number) =>
      `The prompt must be ${min} to ${max} characters (it has ${length}).`,
  },
  'redirected-poll': {
    code: 'server',
    action: 'retry',
    message: (target: string | undefined, followed: boolean) =>
      `The gateway redirected the task check${to(target)}; ${
        followed ? 'this host followed it' : 'it was not followed'
      }. Check the API base URL under Advanced.`,
  },
  'redirected-followed': {
    code: 'ambiguous',
    action: 'check-history',
    message: (target?: string) =>
      `The gateway redirected the request${to(target)} and this host followed it, so it may have been sent and charged there. Check your gateway dashboard and the API base URL under Advanced before trying again.`,
  },
  'redirected-refused': {
    code: 'bad-request',
    action: 'none',
    message: (target?: string) =>
      `The gateway redirected the request${to(target)}; it was not followed. A redirect is not an accepted generation, so nothing was generated: check your gateway dashboard to be sure, and the API base URL under Advanced.`,
  },
  ambiguous: {
    code: 'ambiguous',
    action: 'check-history',
    message:
      "We couldn't confirm the generation was accepted. It may have been charged, so it was not resent: check History or your gateway dashboard before trying again.",
  },

  // Following a task
  timeout: {
    code: 'timeout',
    action: 'keep-waiting',
    message: (waitedMs: number) =>
      // Not "Still running…": the task's own status already says so, right beside this sentence.
      `Running for ${minutesOf(waitedMs)} min, longer than usual. Keep waiting, or stop following it (it may still be charged).`,
  },
  'task-not-found': {
    code: 'task-not-found',
    action: 'check-history',
    message:
      'The gateway no longer knows this task (unknown or expired). Check your gateway dashboard for its charge.',
  },
  'task-id-unusable': {
    code: 'task-not-found',
    action: 'check-history',
    message:
      'This task has an unusable id, so it was never polled. Check your gateway dashboard for its charge.',
  },
  'task-failed': {
    code: 'task-failed',
    action: 'retry',
    /** `said`: the gateway's own words, already redacted. */
    message: (said?: string) => {
      const rest = said === undefined ? '' : withoutFailedPrefix(said);
      return rest ? `The generation failed: ${rest}` : 'The generation failed on the gateway. Try again.';
    },
  },
  'creation-unfollowable': {
    code: 'result-unreadable',
    action: 'check-history',
    message: (why: 'no-id' | 'bad-id') =>
      `The result could not be read: the gateway accepted the request but its answer ${
        why === 'no-id' ? 'held no task id' : 'held an unusable task id'
      }. It may have been charged; check your gateway dashboard.`,
  },
  untracked: {
    code: 'untracked',
    action: 'check-history',
    message:
      'The image was requested but the plugin could not save it to follow it up. It may still be charged: check your gateway dashboard.',
  },
  cancelled: {
    code: 'cancelled',
    action: 'none',
    message: 'Stopped following this generation. It may still be charged on the gateway.',
  },

  // The result file
  'result-expired': {
    code: 'result-expired',
    action: 'none',
    message:
      'The result file has expired on the gateway (files are kept about a day), so it can no longer be inserted; generating again is the only way.',
  },
  'result-no-file': {
    code: 'result-unreadable',
    action: 'retry',
    message: 'The result could not be read: the gateway reported success but sent no result file.',
  },
  'result-http-error': {
    code: 'result-unreadable',
    action: 'retry',
    message: (status: number) => `The result could not be read: the file answered HTTP ${status}.`,
  },
  'result-not-a-file': {
    code: 'result-unreadable',
    action: 'retry',
    message: 'The result could not be read: the file is neither SVG nor a PNG, JPEG, GIF or WebP image.',
  },
  'result-too-large': {
    code: 'result-unreadable',
    action: 'check-history',
    message: (bytes: number, limitBytes: number) =>
      `The result file is ${megabytes(bytes)}, more than the ${megabytes(limitBytes)} the plugin can insert safely, so it was not read. It was generated and may be charged: you can download it from your gateway dashboard.`,
  },
  'result-gave-up': {
    code: 'result-unreadable',
    action: 'check-history',
    message: (lastFault: DownloadFault, windowMs: number) =>
      `The result could not be downloaded: its file still failed (${
        typeof lastFault === 'number' ? `HTTP ${lastFault}` : DOWNLOAD_FAULTS[lastFault]
      }) after ${minutesOf(windowMs)} min of retries. It was generated and may be charged; check your gateway dashboard.`,
  },

  // Preparing and placing it
  'payload-unreadable': {
    code: 'result-unreadable',
    action: 'retry',
    message: 'The result could not be read, so nothing was inserted. Try generating again.',
  },
  'image-implausible': {
    code: 'result-unreadable',
    action: 'retry',
    message: (width: number, height: number, maxSide: number) =>
      `The image claims to be ${width}×${height} px, which is not a believable size (1 to ${maxSide} px a side), so it was not inserted.`,
  },
  'svg-rejected': {
    code: 'invalid-svg',
    action: 'retry',
    message: (reason: SvgRejection) =>
      `The SVG result was not inserted: ${SVG_REJECTIONS[reason] ?? 'it could not be read'}. Try generating again.`,
  },
  'image-unconverted': {
    code: 'insert-failed',
    action: 'check-history',
    /** `why`: the plugin window's decoder's own words, or that it did not answer. */
    message: (why?: string) =>
      `This image could not be converted for the canvas${why ? ` (${why.slice(0, 120)})` : ''}.`,
  },
  'image-unconverted-no-answer': {
    code: 'insert-failed',
    action: 'check-history',
    message: 'This image could not be converted for the canvas (the plugin window did not answer).',
  },
  'host-svg-unreadable': {
    code: 'insert-failed',
    action: 'retry',
    message: (host: 'Figma' | 'Penpot') =>
      `${host} could not read this SVG, so nothing was inserted. Try generating again.`,
  },
  'shape-unfillable': {
    code: 'insert-failed',
    action: 'retry',
    message: 'The shape to fill is gone or cannot take an image fill.',
  },
  'figma-image-type': {
    code: 'insert-failed',
    action: 'retry',
    message: (mime: string) => `Figma cannot read ${mime} images (PNG, JPEG and GIF only).`,
  },
  'figma-image-too-large': {
    code: 'insert-failed',
    action: 'retry',
    message: (maxSide: number, width: number, height: number) =>
      `Figma takes images up to ${maxSide} px a side; this one is ${width}×${height}.`,
  },
  'figma-image-unreadable': {
    code: 'insert-failed',
    action: 'retry',
    message: 'Figma could not read this image, so nothing was inserted.',
  },
  'penpot-image-upload': {
    code: 'insert-failed',
    action: 'retry',
    message: 'Penpot could not upload this image, so nothing was inserted.',
  },
  'insert-refused': {
    code: 'insert-failed',
    action: 'retry',
    /** `cause`: the host's own words, when it gave any. */
    message: (cause?: string) => `Could not place the result on the canvas${cause ? ` (${cause})` : ''}.`,
  },
  'attempts-interrupted': {
    code: 'insert-failed',
    action: 'retry',
    message: (attempts: number) =>
      `Inserting it was interrupted ${attempts} times (the plugin closed or stopped responding), so it is not tried again by itself.`,
  },
  'last-attempt-failed': {
    code: 'insert-failed',
    action: 'retry',
    /** The sentence the last attempt ended with, as the pending record kept it (a sentence from this table). */
    message: (recorded: string) => recorded,
  },
  'insert-pending': {
    code: 'insert-pending',
    action: 'none',
    /** `refused`: why the canvas refused it, when it did; `givenUp`: its attempts ran out. */
    message: (refused: string | undefined, givenUp: boolean) =>
      `${
        refused
          ? `${refused} It could not be kept in History either`
          : "The result couldn't be put on the canvas"
      }, so it stays pending: ${
        givenUp
          ? 'the next time you open the plugin its file is kept in History (it is not inserted again by itself)'
          : 'it will be inserted the next time you open the plugin'
      }.`,
  },

  // History's files
  'cache-gone': {
    code: 'result-expired',
    action: 'none',
    message: 'This result is no longer cached. Generate it again to insert it.',
  },
  'file-unsavable': {
    code: 'result-unreadable',
    action: 'none',
    message: 'This file could not be saved: its copy in History is damaged.',
  },
  'file-not-sent': {
    code: 'result-unreadable',
    action: 'retry',
    message: 'The file did not arrive from the plugin in time. Try Download file again.',
  },

  // Icon sets: the form (core/sets/set-spec.ts), and an icon whose send was cut off
  'set-no-subjects': {
    code: 'bad-request',
    action: 'none',
    message: 'Add at least one icon to the set: one subject per line.',
  },
  'set-too-many-subjects': {
    code: 'bad-request',
    action: 'none',
    message: (count: number, max: number) =>
      `A set holds up to ${max} icons; this list has ${count}. Remove some, or make a second set.`,
  },
  'set-subjects-malformed': {
    code: 'bad-request',
    action: 'none',
    message:
      'The icon list could not be read as one subject per line, each listed once. Edit it and try again.',
  },
  'set-subject-too-long': {
    code: 'bad-request',
    action: 'none',
    message: (line: number, max: number) =>
      `The icon on line ${line} is longer than ${max} characters: keep each subject to a few words.`,
  },
  'set-variants': {
    code: 'bad-request',
    action: 'none',
    message: (min: number, max: number) => `Variants per icon must be a whole number from ${min} to ${max}.`,
  },
  'set-icon-size': {
    code: 'bad-request',
    action: 'none',
    message: (sizes: readonly number[]) => `The icon size must be one of ${sizes.join(', ')} px.`,
  },
  'set-padding': {
    code: 'bad-request',
    action: 'none',
    message: (iconSize: number) =>
      `The padding must be 0 or more and less than half the icon size (under ${iconSize / 2} px at ${iconSize} px).`,
  },
  'set-prefix-empty': {
    code: 'bad-request',
    action: 'none',
    message: 'Give the icons a name prefix (for example "icon"): each is named prefix/subject.',
  },
  'set-prefix-too-long': {
    code: 'bad-request',
    action: 'none',
    message: (max: number) => `The name prefix can be at most ${max} characters.`,
  },
  'set-name-empty': {
    code: 'bad-request',
    action: 'none',
    message: "Give the set a name: the set's frame on the canvas is named after it.",
  },
  'set-name-too-long': {
    code: 'bad-request',
    action: 'none',
    message: (max: number) => `The set name can be at most ${max} characters.`,
  },
  'set-model-unknown': {
    code: 'bad-request',
    action: 'none',
    message: 'Choose a model for the set from the list.',
  },
  'set-size-invalid': {
    code: 'bad-request',
    action: 'none',
    message: (model: string) => `${model} does not offer this size: choose one from its list.`,
  },
  'set-template-no-subject': {
    code: 'bad-request',
    action: 'edit-prompt',
    message: "The prompt template must contain {subject}, where each icon's subject goes.",
  },
  'set-item-interrupted': {
    code: 'ambiguous',
    action: 'check-history',
    message:
      'The plugin closed while this icon was being sent, so it may have been charged; it was not resent. Check your gateway dashboard before you retry it.',
  },
  'set-gone': {
    code: 'cancelled',
    action: 'none',
    message: 'This icon set is no longer kept (it was dismissed), so its icon was not sent.',
  },

  // Brand colours sent to the model (`controls`, not documented by the gateway), and the raster tools
  'controls-refused': {
    code: 'controls-refused',
    action: 'retry',
    message:
      'The gateway refused the brand colours (it does not take the "controls" field), so nothing was generated and nothing was charged. "Send brand colours to the model" is now off: generate again without it.',
  },
  'tool-image-unusable': {
    code: 'bad-request',
    action: 'none',
    message:
      'This image has no gateway file address, so Remove background and Upscale cannot use it. Generate it again to use them.',
  },
  'tool-source-expired': {
    code: 'result-expired',
    action: 'none',
    message:
      "The gateway no longer has this image's file (its result links last about 24 hours), so Remove background and Upscale cannot use it. Generate it again to use them.",
  },

  // The brand kit: its form, and kit JSON pasted from another file
  'brand-json-too-large': {
    code: 'bad-request',
    action: 'none',
    message: (chars: number, max: number) =>
      `This brand kit text is too long (${chars} characters; at most ${max}). Paste the text Copy brand kit made; nothing was changed.`,
  },
  'brand-json-unreadable': {
    code: 'bad-request',
    action: 'none',
    message:
      'This is not brand kit JSON (it could not be read as JSON). Paste the text Copy brand kit made; nothing was changed.',
  },
  'brand-field-invalid': {
    code: 'bad-request',
    action: 'none',
    message: (field: BrandKitField) =>
      `This brand kit's ${field === 'kit' ? 'text' : `"${field}"`} is not valid: ${BRAND_FIELD_RULES[field]}. Nothing was changed.`,
  },
  'brand-palette-too-many': {
    code: 'bad-request',
    action: 'none',
    message: (count: number, max: number) =>
      `A brand kit holds at most ${max} colours (this one has ${count}). Remove some.`,
  },
  'brand-role-empty': {
    code: 'bad-request',
    action: 'none',
    message: (position: number) =>
      `Colour ${position} of the brand kit needs a role name (primary, accent…).`,
  },
  'brand-role-too-long': {
    code: 'bad-request',
    action: 'none',
    message: (position: number, max: number) =>
      `The role name of colour ${position} is too long (at most ${max} characters).`,
  },
  'brand-role-duplicate': {
    code: 'bad-request',
    action: 'none',
    message: (role: string) => `Two colours of the brand kit have the role "${role}": give each its own.`,
  },
  'brand-colour-invalid': {
    code: 'bad-request',
    action: 'none',
    message: (position: number, role: string) =>
      `Colour ${position} ("${role}") of the brand kit is not a hex colour such as #4f46e5.`,
  },
  'brand-style-too-long': {
    code: 'bad-request',
    action: 'none',
    message: (length: number, max: number) =>
      `The brand kit's style words are too long (${length} characters; at most ${max}).`,
  },
  'brand-model-output': {
    code: 'bad-request',
    action: 'none',
    message: (kind: 'vector' | 'raster') =>
      `The brand kit's preferred ${kind} model must be one that makes ${kind} images.`,
  },

  // Honest copy (issue 12): what is certain about a request that got no answer, and Regenerate in place
  /** A POST whose connection was certainly never made (the client saw it refused): nothing reached the gateway. */
  'not-sent': {
    code: 'network',
    action: 'retry',
    message:
      'Could not connect to the gateway: nothing was sent, nothing charged. Check your connection and the API base URL under Advanced, then try again.',
  },
  /**
   * A POST that failed without an answer (a browser says no more than that), after which the API base could
   * not be reached either: most likely it never left, but that is not proven, so it is not resent.
   */
  'not-connected': {
    code: 'ambiguous',
    action: 'check-history',
    message:
      'Could not connect to the gateway: most likely nothing was sent. It was not resent in case it did arrive: check your connection and the API base URL under Advanced before trying again.',
  },
  'document-unwritable': {
    code: 'unexpected',
    action: 'retry',
    message:
      'The palette could not be kept in this file (no file is open). It is used for now but not saved.',
  },
  'replace-gone': {
    code: 'insert-failed',
    action: 'retry',
    message: 'The layer to regenerate is gone or cannot be replaced, so nothing was replaced.',
  },
  /** Issue 13: the brand kit lives in the document; a host that has no file open cannot keep it. */
  'brand-kit-unwritable': {
    code: 'unexpected',
    action: 'retry',
    message: 'The brand kit could not be kept in this file (no file is open). Nothing was saved.',
  },

  // Anything else
  unexpected: {
    code: 'unexpected',
    action: 'retry',
    /** `cause`: the failure's own text, redacted and cut (asUserError). */
    message: (context: UnexpectedContext, cause?: string) => {
      const { during, next } = UNEXPECTED_CONTEXTS[context] ?? UNEXPECTED_CONTEXTS.plugin;
      return `Something unexpected went wrong ${during}${cause ? ` (${cause})` : ''}.${next ? ` ${next}` : ''}`;
    },
  },
} as const satisfies Record<string, Entry>;

export type ErrorId = keyof typeof CATALOGUE;

/** The parameters an entry's sentence takes (none for a plain sentence). */
export type SentenceArgs<K extends ErrorId> = (typeof CATALOGUE)[K]['message'] extends (
  ...args: infer A
) => string
  ? A
  : [];

/** The error an entry describes, its sentence filled in. */
export function userError<K extends ErrorId>(id: K, ...args: SentenceArgs<K>): UserError {
  const entry: Entry = CATALOGUE[id];
  const message =
    typeof entry.message === 'string'
      ? entry.message
      : (entry.message as (...a: unknown[]) => string)(...args);
  return { code: entry.code, action: entry.action, message };
}

/**
 * A paid result that could not be inserted and whose file History holds: the
 * reason it carries (its code too), then where the file is. Not an entry of
 * its own: it keeps the code of the failure it wraps.
 */
export function notInsertedMessage(reason: string): string {
  return `Could not be inserted. ${reason} Its file is kept in History: Download file, or Try inserting again (no new charge).`;
}

/** The gateway's own "Generation failed: …" would read twice after ours: its prefix goes (the rest kept). */
function withoutFailedPrefix(said: string): string {
  return said.replace(/^\s*(?:the\s+)?generation\s+failed\s*[:.\-–—]?\s*/i, '');
}

/** Sentences shown beside an error or a task, not errors themselves. */
export const NOTES = {
  /** A task whose pending record could not be saved, for as long as closing would lose it. */
  unsavedTask: 'This task is not saved: keep the plugin open until it lands.',
  /** Under a task stopped for want of a (valid) key: its record is kept. */
  resumesWithKey: 'This task carries on once a valid key is saved.',
  /** A task past its deadline without a reason of its own. */
  stalled: 'Taking longer than usual. Keep waiting, or stop following it (it may still be charged).',
} as const;
