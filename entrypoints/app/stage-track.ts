// The stage column's width: wide enough for the longest stage name of the pipeline in the page's own font, so the
// list never cuts "Lost (not revivable)" to "Lost (not re…" (which hides which of two stages it is). Every row is
// its own grid with one shared template, so the width is measured once here rather than left to max-content.

/** The chip's border, padding and the cell's padding around the text (list.css .stage-chip, .cell). */
const CHIP_CHROME_PX = 4 + 12 + 16 + 4;

let canvas: HTMLCanvasElement | null = null;

/** Text width in px in the given CSS font; an estimate from the character count where no canvas is available. */
function textWidth(text: string, font: string): number {
  canvas ??= document.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) return text.length * 8.5;
  g.font = font;
  return g.measureText(text).width;
}

/** The grid track of the stage column for these stage names, in the font the list is drawn with. */
export function stageTrack(labels: readonly string[], font: string): string {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, font)));
  return `minmax(${Math.max(110, Math.ceil(widest + CHIP_CHROME_PX))}px, 1fr)`;
}
