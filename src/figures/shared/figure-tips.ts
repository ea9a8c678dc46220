/**
 * <figure-tips>: tooltips for a build-time SVG chart. Any element inside with `data-tip` shows
 * that text beside it on hover or keyboard focus, and every element sharing its `data-key` is
 * highlighted. Escape hides the tooltip. The tooltip is absolutely positioned, so nothing moves.
 */
class FigureTips extends HTMLElement {
  #tip: HTMLElement | null = null;

  connectedCallback(): void {
    this.#tip = this.querySelector<HTMLElement>('.figure-tip');
    this.addEventListener('pointerover', this.#onEnter);
    this.addEventListener('focusin', this.#onEnter);
    this.addEventListener('pointerout', this.#onLeave);
    this.addEventListener('focusout', this.#onLeave);
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hide();
    });
  }

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
    this.#tip.style.top = `${mark.bottom - box.top + 8}px`;
    this.#highlight(target.dataset.key);
  };

  #onLeave = (event: Event): void => {
    const related = (event as PointerEvent | FocusEvent).relatedTarget as Element | null;
    if (related?.closest('[data-tip]')) return;
    this.#hide();
  };

  #hide(): void {
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
