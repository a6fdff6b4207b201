/**
 * Result files the mock serves itself under temporary URLs, like the
 * gateway's CDN: /files/{token}.svg or .png, issued when a finished task is
 * first reported, 404 once their time is up or after expireAll().
 * The artwork is rendered once per task and cached. While a raster override
 * is set, raster files are served as its bytes (new URLs carry its extension);
 * a raster tool's result is made from its source image (tool-art.ts).
 */
import { randomBytes } from 'node:crypto';
import { errorAnswer, type Answer } from './http-util';
import { pngArt } from './png-art';
import { extensionFor, type RasterOverride } from './raster-override';
import type { SvgOverride } from './svg-override';
import { svgArt } from './svg-art';
import { removeBackground, upscale } from './tool-art';
import type { MockTask } from './tasks';

const RENDER_CACHE_LIMIT = 64;

interface FileRecord {
  readonly task: MockTask;
  readonly expiresAt: number;
  expired: boolean;
}

function toolArt(work: NonNullable<MockTask['work']>): Buffer {
  return work.tool === 'remove-bg' ? removeBackground(work.source) : upscale(work.source, work.scale);
}

export class ResultFiles {
  private readonly files = new Map<string, FileRecord>();
  private readonly tokenOfTask = new Map<string, string>();
  private readonly rendered = new Map<string, Buffer>();

  constructor(
    private readonly ttlMs: () => number,
    private readonly override: () => RasterOverride | null,
    private readonly svgOverride: () => SvgOverride | null = () => null,
  ) {}

  private extensionOf(task: MockTask): string {
    if (task.output === 'vector') return 'svg';
    if (task.tool) return 'png';
    const override = this.override();
    return override ? extensionFor(override.mime) : 'png';
  }

  /** The file name (token + extension) for a finished task; the same on every poll. */
  issue(task: MockTask, now: number): string {
    const existing = this.tokenOfTask.get(task.id);
    if (existing) return existing;
    const name = `${randomBytes(12).toString('hex')}.${this.extensionOf(task)}`;
    this.files.set(name, { task, expiresAt: now + this.ttlMs(), expired: false });
    this.tokenOfTask.set(task.id, name);
    return name;
  }

  /** The task's artwork, rendered on first use (a vector task's is the SVG override while one is set). */
  render(task: MockTask): Buffer {
    const svg = task.output === 'vector' ? this.svgOverride() : null;
    if (svg) return Buffer.from(svg.svg, 'utf8');
    let bytes = this.rendered.get(task.id);
    if (!bytes) {
      bytes = task.work
        ? toolArt(task.work)
        : task.output === 'vector'
          ? Buffer.from(svgArt(task.prompt, task.width, task.height), 'utf8')
          : pngArt(task.prompt, task.width, task.height);
      this.rendered.set(task.id, bytes);
      // Bounded so a long demo session does not grow without end; evicted art is simply redrawn.
      if (this.rendered.size > RENDER_CACHE_LIMIT) this.rendered.delete(this.rendered.keys().next().value!);
    }
    return bytes;
  }

  serve(name: string, now: number): Answer {
    const file = this.files.get(name);
    if (!file || file.expired || now >= file.expiresAt) {
      return errorAnswer(404, 'File not found or expired');
    }
    // A tool's result is made from its source: never replaced by the override.
    const override = file.task.output === 'raster' && !file.task.tool ? this.override() : null;
    if (override) return { status: 200, body: override.bytes, contentType: override.mime };
    const contentType = file.task.output === 'vector' ? 'image/svg+xml' : 'image/png';
    return { status: 200, body: this.render(file.task), contentType };
  }

  expireAll(): void {
    for (const file of this.files.values()) file.expired = true;
    // Rendered bytes stay cached: inline answers for these tasks still need them.
  }

  clear(): void {
    this.files.clear();
    this.tokenOfTask.clear();
    this.rendered.clear();
  }
}
