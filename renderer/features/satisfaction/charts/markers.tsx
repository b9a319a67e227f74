import { useId } from 'react';
import type { DotItemDotProps } from 'recharts';
import { lowConfidenceOpacity } from './palette';

export type PointShape = 'circle' | 'square';

/** What tells a series apart besides its colour: its point shape, a dash, or a hatch. */
export type SwatchKind =
  'circle-line' | 'square-dashed-line' | 'circle-point' | 'square-point' | 'bar' | 'hatched-bar' | 'hollow-point' | 'pale-bar';

const markerSize = 8;

/**
 * A point of a line or scatter: filled, or hollow with a dashed outline when it rests on fewer
 * responses than the confidence threshold (drawn lighter, never hidden).
 */
export function PointMarker({
  cx,
  cy,
  color,
  shape,
  lowConfidence = false,
}: {
  cx: number | null | undefined;
  cy: number | null | undefined;
  color: string;
  shape: PointShape;
  lowConfidence?: boolean;
}) {
  // Recharts passes no position for a period without a figure (e.g. no CSAT answers).
  if (cx === null || cx === undefined || cy === null || cy === undefined) return null;
  const look = {
    className: `sat-marker${lowConfidence ? ' sat-marker--low' : ''}`,
    stroke: color,
    strokeWidth: 2,
    strokeDasharray: lowConfidence ? '2 1.5' : undefined,
    fill: lowConfidence ? '#ffffff' : color,
    'data-low-confidence': lowConfidence ? 'true' : undefined,
  };
  return shape === 'circle' ? (
    <circle cx={cx} cy={cy} r={markerSize / 2} {...look} />
  ) : (
    <rect x={cx - markerSize / 2} y={cy - markerSize / 2} width={markerSize} height={markerSize} {...look} />
  );
}

/** A line's dots: each point's marker, hollow where that point's own figure rests on too few answers. */
export function markerDots<Row>(color: string, shape: PointShape, lowConfidence: (row: Row) => boolean) {
  return ({ cx, cy, index, payload }: DotItemDotProps) => (
    <PointMarker key={index} cx={cx} cy={cy} color={color} shape={shape} lowConfidence={lowConfidence(payload as Row)} />
  );
}

/** Diagonal stripes over a colour, for the one series in a stack that must stand out without colour. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill={color} />
      <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
    </pattern>
  );
}

/** The small picture beside a legend entry, drawn the way the series is. */
export function Swatch({ kind, color }: { kind: SwatchKind; color: string }) {
  const hatchId = useId();
  return (
    <svg className="sat-swatch" width={28} height={14} viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {kind === 'circle-line' || kind === 'square-dashed-line' ? (
        <>
          <line
            x1={0}
            y1={7}
            x2={28}
            y2={7}
            stroke={color}
            strokeWidth={2}
            strokeDasharray={kind === 'square-dashed-line' ? '5 3' : undefined}
          />
          <PointMarker cx={14} cy={7} color={color} shape={kind === 'circle-line' ? 'circle' : 'square'} />
        </>
      ) : kind === 'circle-point' || kind === 'square-point' || kind === 'hollow-point' ? (
        <PointMarker
          cx={14}
          cy={7}
          color={color}
          shape={kind === 'square-point' ? 'square' : 'circle'}
          lowConfidence={kind === 'hollow-point'}
        />
      ) : (
        <>
          {kind === 'hatched-bar' && (
            <defs>
              <HatchPattern id={hatchId} color={color} />
            </defs>
          )}
          <rect
            x={7}
            y={1}
            width={14}
            height={12}
            fill={kind === 'hatched-bar' ? `url(#${hatchId})` : color}
            {...(kind === 'pale-bar' && { fillOpacity: lowConfidenceOpacity, stroke: color, strokeDasharray: '3 2' })}
          />
        </>
      )}
    </svg>
  );
}
