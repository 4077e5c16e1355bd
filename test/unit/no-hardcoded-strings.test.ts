/**
 * Every word a user reads comes from the message catalogue (public/_locales/<lang>/messages.json,
 * through src/ui/shared/i18n): this walks the surfaces' syntax trees and fails on user-visible text
 * written in the code (JSX text, text-bearing attributes, textContent / title / aria-label writes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['src/ui', 'src/content'];
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'value']);
/** Words, not symbols: at least two letters in a row (codes like "M99.61" are data, not words). */
const hasWords = (s: string) => /[A-Za-zÀ-ÿ]{2,}/.test(s) && !/^\s*[A-Z]\d{2}(\.[0-9A-Z]{1,4})?\s*$/.test(s);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

export function hardCodedStrings(path: string, source = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literalText = (node: ts.Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isJsxExpression(node)) return literalText(node.expression);
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} ${JSON.stringify(node.text.trim())}`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const text = literalText(node.initializer);
      if (text && hasWords(text)) found.push(`${where(node)} ${node.name.getText()}=${JSON.stringify(text)}`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) {
      const text = literalText(node.right);
      // A signal's `.value = 'ready'` is a state; a sentence (words and a space) is user text.
      if (text && hasWords(text) && (node.left.name.text !== 'value' || /[A-Za-z]{2,}\s+\S/.test(text))) found.push(`${where(node)} .${node.left.name.text}=${JSON.stringify(text)}`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      if (name && ts.isStringLiteral(name) && TEXT_ATTRIBUTES.has(name.text)) {
        const text = literalText(value);
        if (text && hasWords(text)) found.push(`${where(node)} ${name.text}=${JSON.stringify(text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-visible strings', () => {
  it('catches hard-coded JSX text, attributes and textContent writes (the check can fail)', () => {
    const sample = `const a = <p title="Copy the code">Hello there</p>; el.textContent = 'No findings'; el.setAttribute('aria-label', \`Copy \${code}\`); const ok = <p>{t('x')} M99.61</p>;`;
    expect(hardCodedStrings('sample.tsx', sample)).toHaveLength(4);
  });

  it('come from the message catalogue in src/ui and src/content', () => {
    const found = DIRS.flatMap((dir) => files(join(ROOT, dir))).flatMap((path) => hardCodedStrings(path));
    expect(found).toEqual([]);
  });
});
