import { useRef } from 'preact/hooks';

export interface ResizeGripProps {
  /** Asks the host for this size; the sandbox clamps it (core/ui-size.ts) and remembers it. */
  readonly onResize: (width: number, height: number) => void;
}

/** Keyboard steps, in px. */
const STEP = 20;
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-STEP, 0],
  ArrowRight: [STEP, 0],
  ArrowUp: [0, -STEP],
  ArrowDown: [0, STEP],
};

/**
 * The window's bottom-right corner: drag it, or focus it and use the arrow keys. Screen coordinates,
 * as the window moves under the pointer while it grows; one request per animation frame at most.
 */
export function ResizeGrip({ onResize }: ResizeGripProps) {
  const drag = useRef<{ x: number; y: number; width: number; height: number } | undefined>(undefined);
  const frame = useRef(0);
  const request = (width: number, height: number) => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => onResize(width, height));
  };
  return (
    <button
      type="button"
      class="grip icon"
      // Not "Resize": a label search for the Size field would find this too.
      aria-label="Enlarge or shrink the window"
      title="Enlarge or shrink the window (drag, or arrow keys)"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.screenX, y: e.screenY, width: innerWidth, height: innerHeight };
      }}
      onPointerMove={(e) => {
        const start = drag.current;
        if (start) request(start.width + e.screenX - start.x, start.height + e.screenY - start.y);
      }}
      onPointerUp={() => void (drag.current = undefined)}
      onKeyDown={(e) => {
        const step = ARROWS[e.key];
        if (!step) return;
        e.preventDefault();
        request(innerWidth + step[0], innerHeight + step[1]);
      }}
    >
      <svg aria-hidden="true">
        <use href="#i-grip" />
      </svg>
    </button>
  );
}
