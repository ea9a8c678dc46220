import type { Box } from '../charts/boxes.ts';
import type { MarkerShape } from '../charts/shapes.ts';

/**
 * The shapes the map layout takes in and gives out (see map.ts). Kept apart from the code so
 * that the layout's parts can share them without importing one another.
 */

/** An area on the globe, in degrees. */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A line of a label; `strong` lines are set bold, `soft` ones in the secondary text colour. */
export interface LabelLine {
  text: string;
  strong?: boolean;
  soft?: boolean;
}

/** A place to mark on the map. */
export interface MapPlaceInput {
  id: string;
  lon: number;
  lat: number;
  shape: MarkerShape;
  /** Lines of its label. */
  label: readonly LabelLine[];
  /** Marker radius in SVG units (default 5). */
  r?: number;
  /** Coordinates known only roughly. */
  approximate?: boolean;
}

/** An area known only roughly, to draw as an ellipse around the points it must enclose. */
export interface MapAreaInput {
  id: string;
  /** Points the area must enclose. */
  around: ReadonlyArray<{ lon: number; lat: number }>;
  label: readonly LabelLine[];
  /** Margin around the points, in kilometres (default 12). */
  padKm?: number;
}

/** What to frame and what to draw besides the places. */
export interface MapOptions {
  /** SVG width; the height follows from the extent. */
  width: number;
  /** The area that must be visible. */
  extent: LonLatBox;
  /** Names (as in the topology's `properties.name`) of countries drawn a shade darker. */
  focus?: readonly string[];
  /**
   * Countries to name. Default: the focus countries and every other country whose visible part
   * covers at least 3% of the frame.
   */
  countryLabels?: readonly string[];
  /** Locator inset in the bottom-left corner: its width, and how many times wider an area it shows. */
  inset?: { width: number; height: number; zoomOut: number };
  /** Name of the topology's object holding countries (default `countries`). */
  object?: string;
}

/** A rectangle in SVG units: the charts' own. */
export type { Box };

/** A placed label. */
export interface MapLabel {
  /** Position of the first line's baseline; later lines follow every `LINE_HEIGHT` units. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: LabelLine[];
  box: Box;
  /** A line from the mark to a label set away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** A place's marker, where it ended up, and its label. */
export interface MapMarker {
  id: string;
  x: number;
  y: number;
  shape: MarkerShape;
  r: number;
  approximate: boolean;
  /** Where the place really is, when its marker had to be moved aside to stay clear of another. */
  at?: { x: number; y: number };
  label: MapLabel;
}

/** An area as an ellipse, and its label. */
export interface MapArea {
  id: string;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Rotation of the ellipse, degrees clockwise. */
  rotate: number;
  label: MapLabel;
}

/** A country's shape, clipped to the frame. */
export interface MapCountry {
  id: string;
  name: string;
  d: string;
  focus: boolean;
}

/** Everything `layoutMap` places: the chart as plain numbers and SVG path data. */
export interface MapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  /** Borders between two countries, drawn once; those of a focus country separately. */
  borders: string;
  focusBorders: string;
  coast: string;
  countryLabels: Array<{ name: string; x: number; y: number; box: Box }>;
  markers: MapMarker[];
  areas: MapArea[];
  scaleBar: { x: number; y: number; length: number; km: number; label: string };
  inset?: {
    x: number;
    y: number;
    width: number;
    height: number;
    /** All land as one shape, the focus countries as another, and the borders. */
    land: string;
    focus: string;
    borders: string;
    /** The main map's frame, as it lies in the inset. */
    extent: Box;
  };
}
