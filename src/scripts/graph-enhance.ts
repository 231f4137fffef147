/**
 * Progressive enhancement of every `KeywordGraph` on the page: zoom and pan
 * (d3-zoom; buttons and `+` `-` `0` keys too), and highlighting of a node's
 * neighbours while it is hovered or focused. Links keep their native
 * behaviour: click or Enter opens the keyword page.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';

/** Zoom limits: out to half size, in far enough to read crowded centres. */
const SCALE_EXTENT: [number, number] = [0.5, 8];
const STEP = 1.5;
/** A press that moves less than this (px) is still a click on a node, not a pan. */
const CLICK_DISTANCE = 5;

for (const figure of document.querySelectorAll<HTMLElement>('[data-keyword-graph]')) {
  enhance(figure);
}

function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg');
  const viewport = figure.querySelector<SVGGElement>('[data-kg-viewport]');
  if (!svg || !viewport) return;

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .clickDistance(CLICK_DISTANCE)
    // The wheel scrolls the page unless Ctrl/⌘ is held (pinch gestures send Ctrl+wheel).
    .filter((event: MouseEvent) =>
      event.type === 'wheel' ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.button,
    )
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.setAttribute('transform', event.transform.toString());
    });
  const svgSelection = select(svg).call(behaviour);

  const zoomBy = (action: string | undefined) => {
    if (action === 'in') behaviour.scaleBy(svgSelection, STEP);
    else if (action === 'out') behaviour.scaleBy(svgSelection, 1 / STEP);
    else if (action === 'reset') behaviour.transform(svgSelection, zoomIdentity);
  };
  const controls = figure.querySelector<HTMLElement>('[data-kg-controls]');
  if (controls) {
    controls.hidden = false;
    controls.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-kg-zoom]');
      if (button) zoomBy(button.dataset.kgZoom);
    });
  }
  svg.addEventListener('keydown', (event) => {
    const action = { '+': 'in', '=': 'in', '-': 'out', '0': 'reset' }[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    zoomBy(action);
  });

  const neighbours = new Map<string, Set<string>>();
  const lines = [...svg.querySelectorAll<SVGLineElement>('line[data-source]')];
  for (const line of lines) {
    const { source = '', target = '' } = line.dataset;
    if (!neighbours.has(source)) neighbours.set(source, new Set());
    if (!neighbours.has(target)) neighbours.set(target, new Set());
    neighbours.get(source)?.add(target);
    neighbours.get(target)?.add(source);
  }
  const nodes = [...svg.querySelectorAll<SVGAElement>('a[data-node]')];

  const highlight = (id: string | undefined) => {
    if (!id) {
      delete figure.dataset.kgActive;
      for (const element of [...nodes, ...lines]) element.classList.remove('is-near');
      return;
    }
    const near = neighbours.get(id) ?? new Set<string>();
    figure.dataset.kgActive = id;
    for (const node of nodes) node.classList.toggle('is-near', node.dataset.node === id || near.has(node.dataset.node ?? ''));
    for (const line of lines) line.classList.toggle('is-near', line.dataset.source === id || line.dataset.target === id);
  };
  const nodeOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGAElement>('a[data-node]')?.dataset.node : undefined;
  svg.addEventListener('pointerover', (event) => highlight(nodeOf(event.target)));
  svg.addEventListener('pointerleave', () => highlight(nodeOf(document.activeElement)));
  svg.addEventListener('focusin', (event) => highlight(nodeOf(event.target)));
  svg.addEventListener('focusout', (event) => highlight(nodeOf(event.relatedTarget)));
}
