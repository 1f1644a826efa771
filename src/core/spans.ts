// Spans of time as people type them in commands: "90m", "6h", "2d", "3w".

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** "2d", "6h", "90m", "1w" to milliseconds; null when unreadable. */
export function parseSpanMs(text: string): number | null {
  const match = /^(\d{1,4})([mhdw])$/i.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2]!.toLowerCase() as keyof typeof UNIT_MS];
}
