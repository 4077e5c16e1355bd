// The demo EHR's own behaviour: a diagnosis search with an autocomplete list, the way cloud EHRs
// do it. This is the *page*, not ChartLint: ChartLint only reads it.
import { DEMO_CODES } from './demo-codes.js';

const input = document.getElementById('dx-search');
const list = document.getElementById('dx-options');
const chips = document.getElementById('dx-list');
const add = document.getElementById('dx-add');
let active = -1;
let matches = [];

const normalise = (s) => s.toLowerCase().replace(/[.\s]/g, '');

function search(query) {
  const q = normalise(query);
  if (q.length < 2) return [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return DEMO_CODES.filter(([code, , title]) => normalise(code).startsWith(q) || words.every((w) => title.toLowerCase().includes(w))).slice(0, 8);
}

function close() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function open() {
  list.replaceChildren(
    ...matches.map(([code, billable, title], i) => {
      const li = document.createElement('li');
      li.id = `dx-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.code = code;
      li.innerHTML = `<span class="code"></span><span class="title"></span>`;
      li.querySelector('.code').textContent = code;
      li.querySelector('.title').textContent = billable ? title : `${title} (header)`;
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      return li;
    }),
  );
  const rect = input.getBoundingClientRect();
  list.style.left = `${rect.left + scrollX}px`;
  list.style.top = `${rect.bottom + scrollY}px`;
  list.hidden = matches.length === 0;
  input.setAttribute('aria-expanded', String(matches.length > 0));
  if (active >= 0) input.setAttribute('aria-activedescendant', `dx-opt-${active}`);
}

function choose(i) {
  const [code, , title] = matches[i];
  input.value = `${code} – ${title}`;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  close();
}

function addChip() {
  const value = input.value.trim();
  if (!value) return;
  const li = document.createElement('li');
  li.textContent = value;
  chips.append(li);
}

input.addEventListener('input', () => {
  matches = search(input.value);
  active = -1;
  open();
});
input.addEventListener('keydown', (e) => {
  if (list.hidden) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    active = (active + (e.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length;
    open();
  } else if (e.key === 'Enter' && active >= 0) {
    e.preventDefault();
    choose(active);
  } else if (e.key === 'Escape') {
    close();
  }
});
input.addEventListener('blur', () => setTimeout(close, 100));
add.addEventListener('click', addChip);
// The list lives at the end of <body>, far from the field, as many EHR widgets put it.
document.body.append(list);
