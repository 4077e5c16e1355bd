/**
 * Reads the official ICD-10-CM alphabetic index XML (CDC schema icd10cm_index.xsd) into flat
 * term paths: ["Stenosis, stenotic (cicatricial)", "intervertebral foramina", "osseous"] -> M99.69.
 * A title's <nemod> (nonessential modifier) is kept in parentheses, as the printed index shows it.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import sax from 'sax';

export type IndexPath = {
  path: string[];
  code?: string;
  /** "see subcategory M53.2" (<subcat>): a header whose subcodes the tabular chooses between. */
  subcat?: string;
  see?: string;
  seeAlso?: string;
};

export function parseIndex(xml: string): { version: string; terms: IndexPath[] } {
  const parser = sax.parser(true, { trim: false });
  const stack: string[] = [];
  const path: string[] = [];
  const open: IndexPath[] = [];
  const terms: IndexPath[] = [];
  let version = '';
  let text = '';
  let nemod = '';
  parser.onopentag = (tag) => {
    stack.push(tag.name);
    if (tag.name === 'mainTerm' || tag.name === 'term') {
      const entry: IndexPath = { path: [] };
      open.push(entry);
      terms.push(entry);
    }
    if (tag.name === 'title' || tag.name === 'code' || tag.name === 'subcat' || tag.name === 'see' || tag.name === 'seeAlso' || tag.name === 'version') {
      text = '';
      nemod = '';
    }
  };
  parser.ontext = (t) => {
    if (stack.at(-1) === 'nemod') nemod += t;
    else text += t;
  };
  parser.onclosetag = (name) => {
    const parent = stack.at(-2);
    const entry = open.at(-1);
    const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
    if (name === 'mainTerm' || name === 'term') {
      open.pop();
      path.pop();
    } else if (name === 'version' && parent === 'ICD10CM.index') version = clean(text);
    else if (name === 'title' && entry && (parent === 'mainTerm' || parent === 'term')) {
      // "Lesion" + "(s) (nontraumatic)" prints as "Lesion(s) (nontraumatic)"; other modifiers get a space.
      const mod = clean(nemod);
      const title = mod ? `${clean(text)}${/^\((s|es)\)/.test(mod) ? '' : ' '}${mod}` : clean(text);
      path.push(title);
      entry.path = [...path];
    } else if (entry && (parent === 'mainTerm' || parent === 'term')) {
      if (name === 'code') entry.code = clean(text);
      else if (name === 'subcat') entry.subcat = clean(text);
      else if (name === 'see') entry.see = clean(text);
      else if (name === 'seeAlso') entry.seeAlso = clean(text);
    }
    stack.pop();
  };
  parser.write(xml).close();
  return { version, terms };
}

export function readIndex(path: string) {
  return parseIndex(gunzipSync(readFileSync(path)).toString('utf8'));
}
