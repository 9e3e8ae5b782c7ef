import { useRef, type PointerEvent as ReactPointerEvent } from 'react';

/** The class a day's cell carries while a post is dragged over it by touch. */
export const DROP_CLASS = 'publishing-grid__drop';

/** The day (`data-day` of the calendar's cell) under a point of the screen, if any. */
export function dayAt(x: number, y: number, doc: Pick<Document, 'elementFromPoint'> = document): string | null {
  const element = doc.elementFromPoint(x, y);
  const cell = element?.closest<HTMLElement>('[data-day]') ?? null;
  return cell?.dataset.day ?? null;
}

function mark(day: string | null) {
  document.querySelectorAll(`.${DROP_CLASS}`).forEach((cell) => cell.classList.remove(DROP_CLASS));
  if (day !== null) document.querySelector(`[data-day="${day}"]`)?.classList.add(DROP_CLASS);
}

/**
 * Dragging a post to another day with a finger or a pen, where the browser's drag and drop (which the mouse uses)
 * does not work. The handlers go on the post's grip, which has `touch-action: none` so the page does not scroll
 * while the finger moves; the rest of the post scrolls the page as usual. Moving the finger at least a few pixels
 * makes it a drag; lifting it over another day's cell moves the post there. The keyboard uses the move buttons.
 */
export function useTouchDrag(from: string, onDrop: (day: string) => void) {
  // Kept across renders: the calendar may re-render while a finger is down.
  const state = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  const end = () => {
    state.current = null;
    mark(null);
  };
  return {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
      if (e.pointerType === 'mouse') return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      state.current = { x: e.clientX, y: e.clientY, dragging: false };
    },
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => {
      const drag = state.current;
      if (drag === null) return;
      if (!drag.dragging && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 8) return;
      drag.dragging = true;
      const day = dayAt(e.clientX, e.clientY);
      mark(day !== null && day !== from ? day : null);
    },
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => {
      const day = state.current?.dragging ? dayAt(e.clientX, e.clientY) : null;
      end();
      if (day !== null && day !== from) onDrop(day);
    },
    onPointerCancel: end,
  };
}
