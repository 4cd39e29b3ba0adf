// The main window's size and position, remembered across launches in the app-data folder.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../node/writeFileAtomic';

export type Rect = { x: number; y: number; width: number; height: number };

const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(150).max(20_000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** Size and, when it is on a screen, position for a new window. */
export type RestoredBounds = { width: number; height: number; x?: number; y?: number; maximized: boolean };

export const DEFAULT_BOUNDS: RestoredBounds = { width: 1400, height: 900, maximized: false };

/** How much of the title bar must be on a display for the user to grab it (pixels). */
const GRAB = { width: 120, height: 32 };

/**
 * True when the window's title bar overlaps some display's work area enough to be dragged: a
 * window saved on a monitor that is gone since must not open off-screen.
 */
export function isReachable(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(GRAB.height, bounds.height) };
  return workAreas.some((area) => {
    const width = Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
    const height = Math.min(titleBar.y + titleBar.height, area.y + area.height) - Math.max(titleBar.y, area.y);
    return width >= Math.min(GRAB.width, titleBar.width) && height >= Math.min(GRAB.height, titleBar.height) / 2;
  });
}

/** Reads the saved bounds; the position is dropped when no display shows it any more. */
export async function loadWindowBounds(file: string, workAreas: readonly Rect[]): Promise<RestoredBounds> {
  let saved: WindowBounds;
  try {
    const parsed = windowBoundsSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (!parsed.success) return DEFAULT_BOUNDS;
    saved = parsed.data;
  } catch {
    return DEFAULT_BOUNDS;
  }
  const { x, y, width, height, maximized } = saved;
  return isReachable(saved, workAreas) ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** Saves the bounds atomically, so a crash mid-write never leaves a torn file. */
export async function saveWindowBounds(file: string, bounds: WindowBounds): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(bounds, null, 2));
}
