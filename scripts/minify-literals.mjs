// Rollup plugin for the CDN build: shrinks the static text of Lit `html`, `svg` and `css` template literals in our
// own modules (never node_modules). Conservative, so that what the browser renders does not change:
// - html/svg: a run of whitespace that contains a line break becomes one space (HTML collapses it to one anyway);
//   no whitespace is dropped entirely, so inline content keeps its spaces. Comments are left alone (Lit uses none).
// - css: comments go, whitespace collapses, and the spaces around `{ } ; , >` and after `:` go; never around
//   `+ - * /` (calc) or before `(`. The last `;` before `}` goes.
// Only the literal parts change; `${…}` expressions are untouched. The TypeScript compiler finds the literals.
import ts from 'typescript';

const tags = new Set(['html', 'svg', 'css']);

export function minifyHtmlText(text) {
  return text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, ' ');
}

export function minifyCssText(text, { first = false, last = false } = {}) {
  // Quoted strings (e.g. `content: '! '`) are kept as they are.
  let out = text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** Returns the code with every tagged html/svg/css literal's text minified (or null when nothing changed). */
export function minifyLiterals(code, fileName = 'module.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** [start, end, replacement] of literal text, in source order. */
  const edits = [];
  const edit = (start, end, minify) => {
    const text = code.slice(start, end);
    const next = minify(text);
    if (next !== text) edits.push([start, end, next]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const isCss = node.tag.text === 'css';
      const template = node.template;
      const minifyPart = (first, last) => (text) =>
        isCss ? minifyCssText(text, { first, last }) : minifyHtmlText(text);
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        edit(template.getStart(source) + 1, template.end - 1, minifyPart(true, true));
      } else {
        const head = template.head;
        edit(head.getStart(source) + 1, head.end - 2, minifyPart(true, false));
        template.templateSpans.forEach((span, index) => {
          const literal = span.literal;
          const isTail = index === template.templateSpans.length - 1;
          edit(literal.getStart(source) + 1, literal.end - (isTail ? 1 : 2), minifyPart(false, isTail));
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + replacement;
    at = end;
  }
  return out + code.slice(at);
}

/** @returns {import('rollup').Plugin} */
export default function minifyLitLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/components\/.*\.[jt]s$/.test(id)) return null;
      const next = minifyLiterals(code, id);
      return next === null ? null : { code: next, map: null };
    },
  };
}
