/**
 * <figure-tips>: tooltips for a build-time SVG chart. Any element inside with `data-tip` shows
 * that text beside it on hover or keyboard focus, and every element sharing its `data-key` is
 * highlighted. Escape hides the tooltip. The tooltip is absolutely positioned, so nothing moves.
 *
 * On touch there is no hover: the first tap on a mark shows its tooltip (a mark that is a link is
 * not followed yet), a second tap on the same mark follows it, and a tap elsewhere hides the tip.
 */
class FigureTips extends HTMLElement {
  #tip: HTMLElement | null = null;
  /** The kind of pointer of the last press: a finger lifts off a mark at once, which is no reason to hide its tip. */
  #pointer = '';
  /** The mark whose tip a tap is showing, so a second tap on it follows its link. */
  #previewed: Element | null = null;

  connectedCallback(): void {
    this.#tip = this.querySelector<HTMLElement>('.figure-tip');
    this.addEventListener('pointerover', this.#onEnter);
    this.addEventListener('focusin', this.#onEnter);
    this.addEventListener('pointerout', this.#onLeave);
    this.addEventListener('focusout', this.#onLeave);
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
    this.addEventListener('pointerdown', (event) => {
      this.#pointer = event.pointerType;
    });
    this.addEventListener('click', this.#onClick);
    document.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'touch' && !this.contains(event.target as Node)) this.#hide();
    });
  }

  #onClick = (event: MouseEvent): void => {
    if (this.#pointer !== 'touch') return;
    const target = (event.target as Element | null)?.closest<SVGElement | HTMLElement>('[data-tip]');
    if (!target) {
      this.#hide();
      return;
    }
    if (this.#previewed === target) return;
    event.preventDefault();
    this.#onEnter(event);
    this.#previewed = target;
  };

  #onEnter = (event: Event): void => {
    const target = (event.target as Element | null)?.closest<SVGElement | HTMLElement>('[data-tip]');
    if (!target || !this.#tip) return;
    this.#tip.textContent = target.dataset.tip ?? '';
    this.#tip.hidden = false;
    const box = this.getBoundingClientRect();
    const mark = target.getBoundingClientRect();
    const tipWidth = this.#tip.offsetWidth;
    const left = Math.min(Math.max(mark.left - box.left + mark.width / 2 - tipWidth / 2, 0), Math.max(box.width - tipWidth, 0));
    this.#tip.style.left = `${left + this.scrollLeft}px`;
    // Below the mark, or above it where below would run past the chart's box, which clips it.
    const tipHeight = this.#tip.offsetHeight;
    const below = mark.bottom - box.top + 8;
    const above = mark.top - box.top - 8 - tipHeight;
    this.#tip.style.top = `${below + tipHeight <= box.height || above < 0 ? below : above}px`;
    this.#highlight(target.dataset.key);
  };

  #onLeave = (event: Event): void => {
    if (event.type === 'pointerout' && (event as PointerEvent).pointerType === 'touch') return;
    const related = (event as PointerEvent | FocusEvent).relatedTarget as Element | null;
    if (related?.closest('[data-tip]')) return;
    this.#hide();
  };

  #hide(): void {
    this.#previewed = null;
    if (this.#tip) this.#tip.hidden = true;
    this.#highlight(undefined);
  }

  #highlight(key: string | undefined): void {
    for (const el of this.querySelectorAll('.is-highlighted')) el.classList.remove('is-highlighted');
    if (!key) return;
    for (const el of this.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) el.classList.add('is-highlighted');
  }
}

if (!customElements.get('figure-tips')) customElements.define('figure-tips', FigureTips);
