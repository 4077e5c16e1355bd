/**
 * Keeps the frame's list of fields up to date incrementally, so a page with thousands of inputs
 * and a steady stream of DOM mutations costs little: after the first (time-sliced) walk, only
 * added subtrees are classified, only fields that changed are read again, and the input event
 * handler only notes which element changed.
 *
 * Field ids live in a WeakMap (ChartLint never writes attributes into the EHR's markup). When a
 * framework re-renders a field as a new element with the same kind and label, the new element
 * inherits the old id, so the badge and the side panel keep pointing at "the same" field.
 */
import type { FieldKind } from '../core/types';
import type { SnapshotField } from '../protocol/messages';
import { shadowRootOf } from '../platform/shadow-root';
import { MAX_FIELD_CHARS } from '../protocol/validate';
import {
  classifyElement,
  isEditedDocumentBody,
  isHiddenMirror,
  mayBeField,
  mayHoldCode,
  type DiscoveryOptions,
  type FieldCandidate,
} from './find-fields';
import { enteredFields } from './chart-context';
import { readField, type FieldReading } from './read-field';
import { beginDiscoveryStretch, endDiscoveryStretch } from './discovery-cache';
import { gridOf } from './grid-columns';
import { isRendered } from './rendered';
import { inInactiveChartTab } from './chart-tabs';

/** Longest stretch of discovery work done in one task before yielding to the page. */
const SLICE_MS = 6;

const ids = new WeakMap<Element, string>();
let nextId = 0;

const signatureOf = (c: FieldCandidate) => `${c.kind}|${c.element.tagName}|${c.label}`;

export type TrackedField = FieldCandidate & { id: string; reading: FieldReading };

/**
 * Characters of same-length values compared in one look for values set by a script (valuesChanged),
 * and fields looked at: the rest are looked at next time, so a page of huge notes or thousands of
 * inputs never makes one look slow. A value of another length differs at once; one of the same
 * length is compared character by character (each read of `.value` is a new string), well under a
 * millisecond for a megabyte.
 */
const VALUE_CHECK_CHARS = 1_000_000;
const VALUE_CHECK_FIELDS = 200;

/**
 * Attributes that name a field or match the selectors pinned in the settings: a framework that
 * sets an id, a name, a class or a placeholder after load ("dx-code" added once the form knows what
 * the field is for) makes a field of another kind, or one where there was none (QA stop 51).
 * Changed on a field or on an element that could be one, that element alone is classified again,
 * never its subtree, and never the field's text read again for it: a class a framework toggles as
 * the user types (ng-dirty, is-focused) costs one classification, and only when its value changed.
 */
const NAMING_ATTRIBUTES = ['id', 'class', 'name', 'placeholder', 'title', 'aria-labelledby', 'data-placeholder'];
const NAMING = new Set(NAMING_ATTRIBUTES);
/** Elements classified again in one update; the rest wait for the next. */
const MAX_RECLASSIFY = 50;

/** Longest discovery work (slices and the pauses between them) in one update; the rest resumes next time. */
const UPDATE_BUDGET_MS = 60;

type Scheduler = { yield?: () => Promise<void> };
/**
 * Gives the page its turn. scheduler.yield() (Chrome 129+) resumes us ahead of the page's queued
 * timers, so a page flooding its task queue cannot starve discovery; setTimeout elsewhere.
 */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((done) => setTimeout(done, 0));
};

/** The element and the shadow hosts above it, outermost first (fields inside web components). */
function hostChain(element: Element): Element[] {
  const chain = [element];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** True when `a` comes before `b` in the page as it reads (a shadow tree where its host is). */
function precedes(a: Element, b: Element): boolean {
  const pa = hostChain(a);
  const pb = hostChain(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const x = pa[i];
  const y = pb[i];
  if (!x) return true;
  if (!y) return false;
  return (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Fields in document order; the usual case (already in order) costs one comparison per field. */
function inDocumentOrder(fields: TrackedField[]): TrackedField[] {
  if (fields.every((f, i) => {
    const before = fields[i - 1];
    return before === undefined || precedes(before.element, f.element);
  }))
    return fields;
  return [...fields].sort((a, b) => (a.element === b.element ? 0 : precedes(a.element, b.element) ? -1 : 1));
}

export class FieldRegistry {
  /** Known fields by element, in discovery order. */
  private readonly fields = new Map<Element, TrackedField>();
  private readonly byId = new Map<string, TrackedField>();
  /** Subtrees added since the last update (or the whole document before the first). */
  private readonly pendingRoots = new Set<Node>();
  /** Roots whose walk has not started yet, and the walk in progress (resumed across updates). */
  private walkQueue: Node[] = [];
  private walker: Generator<Element> | undefined;
  private readonly dirty = new Set<Element>();
  /** Fields, or elements that could be fields, whose naming attributes changed (NAMING_ATTRIBUTES). */
  private readonly reclassify = new Set<Element>();
  private readonly observed = new WeakSet<Node>();
  /** The data grids whose columns are read as fields (find-fields gridColumnField). */
  private readonly grids = new Set<Element>();
  private readonly roots: (Document | ShadowRoot)[] = [];
  private readonly observers: MutationObserver[] = [];
  private removalsPending = false;
  private running: Promise<boolean> | undefined;
  /**
   * The value of each text input and textarea field as last read. A script that sets `.value`
   * (a framework's controlled state, an SPA showing another patient, a template) fires no event
   * and changes no markup: the value is compared with this one instead (valuesChanged).
   */
  private readonly values = new WeakMap<Element, string>();
  /** Where the next look for changed values starts (the look is bounded: VALUE_CHECK_*). */
  private valueCursor = 0;

  constructor(
    private options: DiscoveryOptions,
    /** Called (without arguments) when something may need a new scan: mutations in any observed root. */
    private readonly onMutation: () => void,
  ) {}

  /** Starts watching a document or open shadow root, and queues it for discovery. */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.roots.push(root);
    this.pendingRoots.add(root);
    const observer = new MutationObserver((records) => this.noteMutations(records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Old values: a naming attribute set to what it was (React re-applying a className) is no change.
      attributeOldValue: true,
      // aria-selected: choosing in a multi-select listbox of diagnoses changes nothing else;
      // aria-pressed/aria-checked: a charge line's modifier drawn as a toggle button; hidden: a
      // picker's dropdown closed with its last results kept in the page (no longer read as chosen).
      attributeFilter: ['contenteditable', 'type', 'role', 'aria-hidden', 'aria-label', 'aria-selected', 'aria-pressed', 'aria-checked', 'hidden', ...NAMING_ATTRIBUTES],
    });
    this.observers.push(observer);
  }

  /**
   * The shadow roots watched that are still in the page (open, and closed ones the browser shows
   * us): the date and payer finders read these too (a record form drawn in closed roots).
   */
  shadowRoots(): ShadowRoot[] {
    return this.roots.filter((root): root is ShadowRoot => root instanceof ShadowRoot && root.host.isConnected);
  }

  /** New pinned selectors (settings changed): rediscover everything. */
  setOptions(options: DiscoveryOptions): void {
    this.options = options;
    for (const root of this.roots) this.pendingRoots.add(root);
    this.walkQueue = [];
    this.walker = undefined;
    this.fields.clear();
    this.byId.clear();
    this.grids.clear();
  }

  /** An input event came from this element (the innermost target, inside shadow roots too). */
  noteInput(target: EventTarget | null | undefined): void {
    if (!(target instanceof Element)) return;
    this.dirty.add(target);
    const root = target.getRootNode();
    // A shadow root attached after its host was inserted produced no mutation: find it now.
    if (root instanceof ShadowRoot && !this.observed.has(root)) this.observe(root);
  }

  /**
   * The page moved to another view without a new document (pushState, replaceState, popstate, a
   * hash change): every field is read again from the page, the note as well as the codes, so one
   * patient's note is never judged with another's codes.
   */
  rereadAll(): void {
    for (const element of this.fields.keys()) this.dirty.add(element);
  }

  /**
   * True when a text input's or textarea's value differs from what was last read (set by a script,
   * with no event); those fields are read again in the next update. Notes only: diagnosis and
   * procedure fields are read again in every update. Bounded (VALUE_CHECK_*), so cheap enough for
   * every update, focus change and a gentle timer; it reads nothing but the values of known fields.
   */
  valuesChanged(): boolean {
    const fields = [...this.fields.values()];
    if (fields.length === 0) return false;
    let budget = VALUE_CHECK_CHARS;
    let changed = false;
    let looked = 0;
    const start = this.valueCursor % fields.length;
    let i = 0;
    for (; i < fields.length && looked < VALUE_CHECK_FIELDS; i++) {
      const field = fields[(start + i) % fields.length];
      if (!field) break;
      const { element, kind } = field;
      if (kind !== 'note' || !(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) continue;
      const known = this.values.get(element);
      if (known === undefined) continue;
      looked++;
      const value = element.value;
      if (value.length === known.length) {
        if (value.length > budget) break;
        budget -= value.length;
        if (value === known) continue;
      }
      this.dirty.add(element);
      changed = true;
    }
    this.valueCursor = start + i;
    return changed;
  }

  disconnect(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers.length = 0;
    this.shownWatch?.disconnect();
    this.shownWatch = undefined;
  }

  /**
   * Fields the page does not draw now, watched for being drawn: a tab shown by a class on an
   * ancestor, or the frame holding an editor shown, changes no markup this registry watches (nor,
   * in a frame, anything in its own document), and the note stayed unread until the user typed
   * (QA stop 54, H2). A box drawn gets a size, which a ResizeObserver reports: no polling.
   */
  private shownWatch: ResizeObserver | undefined;
  private readonly watchedHidden = new Set<Element>();

  private watchShown(hidden: Element[]): void {
    if (typeof ResizeObserver !== 'function') return;
    const now = new Set(hidden);
    for (const element of this.watchedHidden) {
      if (now.has(element)) continue;
      this.shownWatch?.unobserve(element);
      this.watchedHidden.delete(element);
    }
    for (const element of now) {
      if (this.watchedHidden.has(element)) continue;
      this.shownWatch ??= new ResizeObserver((entries) => {
        if (entries.some((e) => e.contentRect.width > 0 || e.contentRect.height > 0)) this.onMutation();
      });
      this.shownWatch.observe(element);
      this.watchedHidden.add(element);
    }
  }

  get(id: string): TrackedField | undefined {
    return this.byId.get(id);
  }

  all(): TrackedField[] {
    return [...this.fields.values()];
  }

  /** The fields whose codes are this visit's: the chart's problem list beside the visit's own is not (chart-context.ts). */
  entered(): TrackedField[] {
    return enteredFields(this.all());
  }

  private noteMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      const target = record.target;
      if (target instanceof Element && target.closest('[data-chartlint]')) continue;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            this.pendingRoots.add(node);
            relevant = true;
          }
        }
        if (record.removedNodes.length > 0) {
          this.removalsPending = true;
          relevant = true;
        }
      }
      if (record.type === 'attributes') {
        if (record.attributeName && NAMING.has(record.attributeName)) {
          if (this.namingChanged(record)) relevant = true;
          continue;
        }
        this.pendingRoots.add(target);
        // A known field's role or type changed: what it is now, not only what was added under it.
        if (this.fields.has(target as Element)) this.reclassify.add(target as Element);
        relevant = true;
      }
      // Text changed inside a known field (an editor, a report): read that field again.
      const field = this.fieldContaining(target);
      if (field) {
        this.dirty.add(field.element);
        relevant = true;
      }
      // A grid cell's text set in place (no node added or removed) in a grid a column is read from:
      // every diagnosis and procedure field is read again in the update.
      else if (record.type === 'characterData' && this.grids.size > 0) {
        const grid = target.parentElement ? gridOf(target.parentElement) : null;
        if (grid && this.grids.has(grid)) relevant = true;
      }
    }
    if (relevant) this.onMutation();
  }

  /** Queues the element of a naming attribute's change for classification again, when it is or could be a field; true when queued. */
  private namingChanged(record: MutationRecord): boolean {
    const target = record.target;
    if (!(target instanceof Element) || (target.getAttribute(record.attributeName ?? '') ?? '') === (record.oldValue ?? '')) return false;
    if (!this.fields.has(target) && !mayBeField(target)) return false;
    this.reclassify.add(target);
    return true;
  }

  /**
   * Classifies again the elements whose naming attributes changed (a bounded number per update):
   * a field of another kind or name is replaced (keeping its id), one that is no field any more is
   * dropped, and an element that has become a field is added. True when a field changed.
   */
  private classifyAgain(orphans: Map<string, string>): boolean {
    let changed = false;
    let done = 0;
    for (const element of this.reclassify) {
      if (done++ >= MAX_RECLASSIFY) break;
      this.reclassify.delete(element);
      if (!element.isConnected) continue;
      const tracked = this.fields.get(element);
      const candidate = classifyElement(element, this.options);
      if (tracked && candidate && candidate.kind === tracked.kind && candidate.label === tracked.label && candidate.readAs === tracked.readAs) continue;
      if (!tracked && !candidate) continue;
      if (tracked) {
        this.fields.delete(element);
        this.byId.delete(tracked.id);
      }
      if (candidate) this.add(candidate, orphans);
      changed = true;
    }
    return changed;
  }

  private fieldContaining(node: Node): TrackedField | undefined {
    for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
      if (at instanceof Element) {
        const field = this.fields.get(at);
        if (field) return field;
      }
    }
    return undefined;
  }

  /**
   * Applies everything noted since the last call: discovers fields in added subtrees (yielding to
   * the page every few milliseconds), drops removed ones, and re-reads changed fields plus every
   * diagnosis and procedure field (frameworks set a chosen option's value without an input event;
   * a procedure line's modifiers are typed into fields beside it).
   * Resolves to true when the set of fields or any text changed.
   */
  update(): Promise<boolean> {
    this.running ??= this.runUpdate().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runUpdate(): Promise<boolean> {
    beginDiscoveryStretch();
    try {
      return await this.runUpdateStretches();
    } finally {
      endDiscoveryStretch();
    }
  }

  /** One update; the page runs only at `yieldToPage`, where the discovery stretch is closed and reopened. */
  private async runUpdateStretches(): Promise<boolean> {
    let changed = false;
    const orphans = new Map<string, string>();
    if (this.removalsPending) {
      this.removalsPending = false;
      for (const [element, tracked] of this.fields) {
        if (element.isConnected) continue;
        this.fields.delete(element);
        this.byId.delete(tracked.id);
        orphans.set(signatureOf(tracked), tracked.id);
        changed = true;
      }
      this.grids.clear();
      for (const tracked of this.fields.values()) if (tracked.grid) this.grids.add(tracked.grid);
    }

    // Fields whose naming attributes changed are what they now say before any is read.
    changed = this.classifyAgain(orphans) || changed;

    // Fields typed into first: the user's keystroke must not wait behind a mutation storm.
    const dirty = [...this.dirty];
    this.dirty.clear();
    changed = this.readTyped(dirty, orphans) || changed;

    // Discovery has a budget per update: a page saturated by a mutation storm (a ticker adding
    // rows faster than they are classified) gets what is known now, with the user's typed field
    // read above, and the walk resumes in the next update (scheduled here), never holding the badge.
    for (const root of this.pendingRoots) if (!this.insidePending(root)) this.walkQueue.push(root);
    this.pendingRoots.clear();
    const started = performance.now();
    let sliceStart = started;
    // Bounded only while the user waits on a keystroke; otherwise the walk finishes (time-sliced).
    const budget = dirty.length > 0 ? UPDATE_BUDGET_MS : Infinity;
    while (performance.now() - started < budget) {
      if (!this.walker) {
        const root = this.walkQueue.shift();
        if (!root) break;
        // (Documents are always connected; some DOM implementations do not say so.)
        if (root.nodeType !== Node.DOCUMENT_NODE && !root.isConnected) continue;
        this.walker = this.elementsUnder(root);
      }
      const next = this.walker.next();
      if (next.done) {
        this.walker = undefined;
        // Shadow roots met on the way hold the page's own fields: walk them next.
        for (const pending of this.pendingRoots) {
          if (pending instanceof ShadowRoot) {
            this.pendingRoots.delete(pending);
            this.walkQueue.unshift(pending);
          }
        }
        continue;
      }
      const element = next.value;
      if (!this.fields.has(element)) {
        const candidate = classifyElement(element, this.options);
        if (candidate) {
          this.add(candidate, orphans);
          changed = true;
        }
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        endDiscoveryStretch();
        await yieldToPage();
        beginDiscoveryStretch(); // the page ran: its headings and labels may have changed
        sliceStart = performance.now();
      }
    }
    // Walk left over, or subtrees added meanwhile: another update comes soon.
    if (this.walker || this.walkQueue.length > 0 || this.pendingRoots.size > 0 || this.reclassify.size > 0) this.onMutation();

    // Mutations noted during the discovery slices (text edited inside a known field), and notes
    // whose value a script set while the page changed (an SPA re-rendering for another patient).
    this.valuesChanged();
    const late = [...this.dirty];
    this.dirty.clear();
    this.readNow.clear();
    changed = this.readTyped(late, orphans) || changed;
    for (const tracked of this.fields.values()) {
      // A procedure line is read with its row's modifier fields, which are not fields of their own.
      if ((tracked.kind !== 'diagnosis' && tracked.kind !== 'procedure') || this.readNow.has(tracked.element)) continue;
      changed = this.reread(tracked) || changed;
    }
    this.readNow.clear();
    return changed;
  }

  /** Fields re-read in this update already (typed into). */
  private readonly readNow = new Set<Element>();

  /**
   * Elements typed into (or whose text changed): their field is read again; an unlabeled input
   * that now holds a code becomes a diagnosis field.
   */
  private readTyped(elements: Element[], orphans: Map<string, string>): boolean {
    let changed = false;
    for (const element of elements) {
      if (!element.isConnected) continue;
      let tracked = this.fields.get(element) ?? this.fieldContaining(element);
      // A designMode document says so by no attribute: its body is found when typed into.
      if (!tracked && (mayHoldCode(element) || isEditedDocumentBody(element))) {
        const candidate = classifyElement(element, this.options);
        if (candidate) {
          this.add(candidate, orphans);
          tracked = this.fields.get(element);
          changed = true;
        }
      }
      if (!tracked || this.readNow.has(tracked.element)) continue;
      this.readNow.add(tracked.element);
      changed = this.reread(tracked) || changed;
    }
    return changed;
  }

  private reread(tracked: TrackedField): boolean {
    this.noteValue(tracked.element);
    const reading = readField(tracked);
    const changed = reading.text !== tracked.reading.text;
    tracked.reading = reading;
    return changed;
  }

  /** Keeps a text input's or textarea's value as it is read now (valuesChanged compares with it). */
  private noteValue(element: Element): void {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) this.values.set(element, element.value);
  }

  /** True when an ancestor of node is itself waiting to be walked. */
  private insidePending(node: Node): boolean {
    for (let at = node.parentNode; at; at = at.parentNode) if (this.pendingRoots.has(at)) return true;
    return false;
  }

  private add(candidate: FieldCandidate, orphans: Map<string, string>): void {
    let id = ids.get(candidate.element);
    if (!id) {
      id = orphans.get(signatureOf(candidate)) ?? `field-${nextId++}`;
      orphans.delete(signatureOf(candidate));
      ids.set(candidate.element, id);
    }
    this.noteValue(candidate.element);
    const tracked: TrackedField = { ...candidate, id, reading: readField(candidate) };
    if (candidate.grid) this.grids.add(candidate.grid);
    this.fields.set(candidate.element, tracked);
    this.byId.set(id, tracked);
  }

  /** The root itself (when an element) and every element below it, observing open shadow roots found. */
  private *elementsUnder(root: Node): Generator<Element> {
    if (root instanceof Element) {
      if (root.closest('[data-chartlint]')) return;
      yield root;
      const shadow = shadowRootOf(root);
      if (shadow) this.observe(shadow);
    }
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (element.hasAttribute('data-chartlint')) continue;
      yield element;
      // Shadow roots are walked as their own pending roots (and watched for later changes).
      const shadow = shadowRootOf(element);
      if (shadow) this.observe(shadow);
    }
  }

  /** The snapshot fields, cut to the size the protocol accepts. */
  snapshotFields(): SnapshotField[] {
    // An editor's hidden source textarea is stale between submits: the visible editor is the note.
    // A field the page does not draw (a hidden tab panel's prior encounter, a closed <details>) is
    // no part of this visit, and leaves as its panel is hidden (rendered.ts).
    // Document order, not discovery order: a field added or re-rendered later (a React row that
    // replaces its input) must not move its codes after those typed after it (entry order).
    // A field in an inactive tab of the chart on show is still this visit's (chart-tabs.ts), when
    // the drawn page has no field of its kind: a second one in a hidden tab is another encounter's.
    const fields = inDocumentOrder(this.entered()).filter((f) => !isHiddenMirror(f.element));
    const drawn = new Set(fields.filter((f) => isRendered(f.element)));
    const drawnKinds = new Set([...drawn].map((f) => f.kind));
    this.watchShown(fields.filter((f) => !drawn.has(f)).map((f) => f.element));
    const front = new Map<Element, Set<FieldKind>>();
    return fields
      .filter((f) => drawn.has(f) || (!drawnKinds.has(f.kind) && inInactiveChartTab(f.element, f.kind, front)))
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        text: f.reading.text.slice(0, MAX_FIELD_CHARS),
        label: f.label.slice(0, 500),
        ...(f.reading.partial ? { partial: true as const } : {}),
      }));
  }
}
