import type {EventKind} from '../model/types.js';

/**
 * One shape per kind, so kind never depends on colour alone: an SVG path centred on (0, 0) that fits a
 * circle of radius r. Shapes are chosen to stay distinct at 12 px. An event whose kind is not said
 * gets a neutral ring with a hole (◎), which no kind uses, so that it is never read as a report.
 */
export function kindSymbol(kind: EventKind, r: number): string {
  const k = (n: number) => round(n * r);
  switch (kind) {
    case 'report': // circle
      return `M${k(-1)},0A${k(1)},${k(1)} 0 1,0 ${k(1)},0A${k(1)},${k(1)} 0 1,0 ${k(-1)},0Z`;
    case 'claim': // diamond
      return `M0,${k(-1.15)}L${k(1.15)},0L0,${k(1.15)}L${k(-1.15)},0Z`;
    case 'denial': // downward triangle
      return `M${k(-1.1)},${k(-0.8)}L${k(1.1)},${k(-0.8)}L0,${k(1.1)}Z`;
    case 'statement': // square
      return `M${k(-0.88)},${k(-0.88)}H${k(0.88)}V${k(0.88)}H${k(-0.88)}Z`;
    case 'reaction': // upward triangle
      return `M${k(-1.1)},${k(0.8)}L${k(1.1)},${k(0.8)}L0,${k(-1.1)}Z`;
    case 'diplomatic': // hexagon
      return polygon(6, r * 1.05, 0);
    case 'agreement': // five-pointed star
      return star(5, r * 1.3, r * 0.55);
    case 'legislation': // pentagon
      return polygon(5, r * 1.08, -Math.PI / 2);
    case 'military': // cross
      return `M${k(-0.35)},${k(-1)}H${k(0.35)}V${k(-0.35)}H${k(1)}V${k(0.35)}H${k(0.35)}V${k(1)}H${k(-0.35)}V${k(0.35)}H${k(-1)}V${k(-0.35)}H${k(-0.35)}Z`;
    case 'aid': // four-pointed star
      return star(4, r * 1.25, r * 0.45);
    case 'context': // flat rounded bar
      return `M${k(-1.1)},${k(-0.5)}H${k(1.1)}V${k(0.5)}H${k(-1.1)}Z`;
    case 'publication': // page with a folded corner
      return `M${k(-0.75)},${k(-1)}H${k(0.35)}L${k(0.75)},${k(-0.6)}V${k(1)}H${k(-0.75)}Z`;
    case 'unspecified': // ring around a hole (drawn the other way round, so a filled status keeps the hole)
      return (
        `M${k(-1)},0A${k(1)},${k(1)} 0 1,0 ${k(1)},0A${k(1)},${k(1)} 0 1,0 ${k(-1)},0Z` +
        `M${k(-0.42)},0A${k(0.42)},${k(0.42)} 0 1,1 ${k(0.42)},0A${k(0.42)},${k(0.42)} 0 1,1 ${k(-0.42)},0Z`
      );
  }
}

function polygon(sides: number, radius: number, rotation: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    points.push(`${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

function star(points: number, outer: number, inner: number): string {
  const out: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    out.push(`${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`);
  }
  return `M${out.join('L')}Z`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A symbol path read once into its commands (letter and numbers), to be placed many times. */
export type SymbolCommands = ReadonlyArray<readonly [string, readonly number[]]>;

/** Reads a symbol path (kindSymbol's: absolute M, L, H, V, A and Z commands) into its commands. */
export function parseSymbol(d: string): SymbolCommands {
  const out: Array<[string, number[]]> = [];
  for (const [, command, args] of d.matchAll(/([MLHVAZ])([^MLHVAZ]*)/gi)) {
    out.push([command!.toUpperCase(), (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number)]);
  }
  return out;
}

/**
 * A symbol path (kindSymbol's: absolute M, L, H, V, A and Z commands around (0, 0)) moved to (cx, cy)
 * and stretched by `scaleX` across: symbols drawn inside a group that a zoom scales across are drawn
 * narrower by as much, so that they come out round on screen. All of a level's symbols then fit in one
 * path (one element, whatever their number). Pass the symbol parsed (parseSymbol) to place it many times.
 */
export function placeSymbol(
  d: string | SymbolCommands,
  cx: number,
  cy: number,
  scaleX = 1,
  xPrecision?: number,
): string {
  // x is left unrounded unless told (`xPrecision`: a power of ten, x is rounded to its inverse): deep in
  // a zoom a symbol is a few thousandths of a chart unit wide
  const x = xPrecision
    ? (n: number) => Math.round((cx + n * scaleX) * xPrecision) / xPrecision
    : (n: number) => cx + n * scaleX;
  const y = (n: number) => round(cy + n);
  let out = '';
  for (const [command, n] of typeof d === 'string' ? parseSymbol(d) : d) {
    switch (command) {
      case 'M':
      case 'L':
        for (let i = 0; i + 1 < n.length; i += 2) out += `${i === 0 ? command : ' '}${x(n[i]!)},${y(n[i + 1]!)}`;
        break;
      case 'H':
        out += command + n.map(x).join(' ');
        break;
      case 'V':
        out += command + n.map(y).join(' ');
        break;
      case 'A':
        for (let i = 0; i + 7 <= n.length; i += 7) {
          const rx = xPrecision ? Math.round(n[i]! * scaleX * xPrecision) / xPrecision : n[i]! * scaleX;
          out += `A${rx},${n[i + 1]} ${n[i + 2]} ${n[i + 3]},${n[i + 4]} ${x(n[i + 5]!)},${y(n[i + 6]!)}`;
        }
        break;
      default:
        out += 'Z';
    }
  }
  return out;
}
