// custom-elements.json (the source of Storybook's tables and of the framework declarations) is
// checked against the elements themselves, nothing extra and nothing missing:
// - attributes and properties: the classes' own reactive properties (`elementProperties`, read
//   from the built modules; Lit runs in Node with its DOM shim);
// - events, name and type: the Event classes the element's source dispatches (itself, through the
//   PlanController, or through the InputCheck of shared/inputs.ts), each class's `eventName`;
// - parts: the `part` names in the templates of the element and of the shared modules it uses,
//   including names passed to a helper that writes `part=${name}`, and families `verdict-${…}`;
// - slots: the `<slot>`s of the templates;
// - CSS properties: every documented one is read by the element's styles (or the shared styles
//   it uses), and every `--asf-<element>-*` knob the styles read is documented.
// Runs after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'packages/elements');
const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
const src = join(pkg, 'src');

const declarations = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, modulePath: mod.path })),
);

const read = (file) => readFileSync(file, 'utf8');
const sorted = (items) => [...new Set(items)].sort();

/** The .ts modules an element's module imports from this package, transitively (tests and the rules loader's dynamic import aside). */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  // Imports, and re-exports (a lazy part re-exports the shared renderers it hands its element).
  for (const m of read(file).matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)\.js';/gm)) {
    const target = resolve(dirname(file), `${m[1]}.ts`);
    if (target.startsWith(src)) moduleGraph(target, seen);
  }
  return seen;
}

/** Every `class X extends Event` of the package with its `eventName`. */
const EVENT_NAMES = new Map();
for (const folder of readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(src, folder.name)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = read(join(src, folder.name, file));
    for (const m of text.matchAll(/class (\w+) extends Event \{\s*static readonly eventName = '([^']+)'/g))
      EVENT_NAMES.set(m[1], m[2]);
  }
}

/** The Event classes an element dispatches: its own `dispatchEvent(new X(`, and the shared controllers' AsfErrorEvent. */
function dispatchedEvents(files) {
  const classes = new Set();
  for (const file of files) {
    const text = read(file);
    for (const m of text.matchAll(/dispatchEvent\(\s*new (\w+)\(/g)) classes.add(m[1]);
  }
  return sorted([...classes].map((c) => `${EVENT_NAMES.get(c) ?? `(no eventName: ${c})`}: ${c}`));
}

/** Source text without comments (a JSDoc example is not a template). */
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * The templates an element renders: its own folder's modules whole, and of each shared module
 * only the functions it imports from it (with the functions of that module they call).
 */
function renderedSources(elementFile, files) {
  const folder = dirname(elementFile);
  const own = files.filter((f) => dirname(f) === folder && !f.endsWith('.styles.ts'));
  const out = own.map((f) => [f, withoutComments(read(f))]);
  for (const shared of files.filter((f) => dirname(f) === join(src, 'shared'))) {
    const module = `../shared/${shared.slice(join(src, 'shared').length + 1).replace(/\.ts$/, '.js')}`;
    const imported = new Set();
    for (const f of own) {
      for (const m of read(f).matchAll(/(?:import|export) \{([^}]*)\} from '([^']+)'/g)) {
        if (m[2] === module) for (const n of m[1].split(',')) imported.add(n.trim().replace(/^type\s+/, ''));
      }
    }
    const source = ts.createSourceFile(shared, read(shared), ts.ScriptTarget.Latest, true);
    const functions = new Map(
      source.statements
        .filter(ts.isFunctionDeclaration)
        .map((fn) => [fn.name.getText(source), withoutComments(fn.getText(source))]),
    );
    const used = new Set([...imported].filter((n) => functions.has(n)));
    for (let grown = true; grown;) {
      grown = false;
      for (const [name] of functions) {
        if (used.has(name)) continue;
        if ([...used].some((u) => new RegExp(`\\b${name}\\(`).test(functions.get(u)))) {
          used.add(name);
          grown = true;
        }
      }
    }
    for (const name of used) out.push([`${shared}#${name}`, functions.get(name)]);
  }
  return out;
}

/**
 * Part names in the templates of these sources: `part="a b"`; `part=${`a a-${x}`}` (a, and the
 * family a-*); `part=${name}` where `name` is a parameter of the function around it: the string
 * literals given for that parameter where the function is called in the same file.
 */
function templateParts(files) {
  const names = new Set();
  const families = new Set();
  for (const [file, text] of files) {
    for (const m of text.matchAll(/\bpart="([^"]+)"/g))
      for (const token of m[1].split(/\s+/)) if (token) names.add(token);
    for (const m of text.matchAll(/\bpart=\$\{`([^`]*)`\}/g)) {
      for (const token of m[1].split(/\s+/)) {
        if (token.includes('${')) families.add(token.slice(0, token.indexOf('${')));
        else if (token) names.add(token);
      }
    }
    if (!/\bpart=\$\{\w+\}/.test(text)) continue;
    const source = ts.createSourceFile(file.replace(/#.*/, ''), text, ts.ScriptTarget.Latest, true);
    const helpers = new Map(); // function name → index of the parameter written into part
    const visit = (node) => {
      if (
        (ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isArrowFunction(node)) &&
        node.parameters
      ) {
        const body = node.body?.getText(source) ?? '';
        node.parameters.forEach((p, i) => {
          if (new RegExp(`\\bpart=\\$\\{${p.name.getText(source)}\\}`).test(body)) {
            const name =
              node.name?.getText(source) ??
              (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '');
            if (name) helpers.set(name, i);
          }
        });
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(source).replace(/^this\./, '');
        pending.push([callee, node.arguments]);
      }
      ts.forEachChild(node, visit);
    };
    const pending = [];
    visit(source);
    for (const [callee, args] of pending) {
      if (!helpers.has(callee)) continue;
      const arg = args[helpers.get(callee)];
      if (arg && ts.isStringLiteralLike(arg)) names.add(arg.text);
    }
  }
  return { names, families };
}

/** Custom properties that these files' styles read: `var(--asf-…`. */
function stylesRead(files) {
  const names = new Set();
  for (const file of files) for (const m of read(file).matchAll(/var\(\s*(--asf-[a-z0-9-]+)/g)) names.add(m[1]);
  return names;
}

describe('custom-elements.json', () => {
  it('describes the six elements', () => {
    assert.deepEqual(sorted(declarations.map((d) => d.tagName)), [
      'asf-activity-table',
      'asf-eligibility-check',
      'asf-plan-editor',
      'asf-progress',
      'asf-responsibility-matrix',
      'asf-scorecard',
    ]);
  });

  for (const d of declarations) {
    describe(`<${d.tagName}>`, () => {
      const file = join(pkg, d.modulePath);
      const files = [...moduleGraph(file)];

      it('lists exactly the reactive properties and their attributes', async () => {
        const built = pathToFileURL(join(pkg, 'dist', d.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js'))).href;
        const Class = (await import(built))[d.name];
        Class.finalize();
        const own = [...Class.elementProperties].filter(([, o]) => !o.state);
        const attributes = own
          .filter(([, o]) => o.attribute !== false)
          .map(([name, o]) => (typeof o.attribute === 'string' ? o.attribute : String(name).toLowerCase()));
        assert.deepEqual(sorted(d.attributes?.map((a) => a.name) ?? []), sorted(attributes), 'attributes');
        const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy);
        const reactive = own.map(([name]) => String(name));
        // Public fields that are not reactive properties are read-only getters of the class.
        const readOnly = fields.filter((m) => !reactive.includes(m.name)).map((m) => m.name);
        for (const name of readOnly) {
          const getter = Object.getOwnPropertyDescriptor(Class.prototype, name);
          assert.ok(getter?.get && !getter.set, `${name} is in the manifest but is neither a property nor a getter`);
        }
        assert.deepEqual(
          sorted(fields.map((m) => m.name).filter((n) => !readOnly.includes(n))),
          sorted(reactive),
          'properties',
        );
        for (const a of d.attributes ?? []) assert.ok(a.fieldName, `attribute ${a.name} has no property`);
      });

      it('lists exactly the events it dispatches, each with its type', () => {
        const text = files.map(read).join('\n');
        const classes = new Set(dispatchedEvents(files).map((e) => e.split(': ')[1]));
        // The shared controllers dispatch for their host.
        if (/new PlanController\(this\)|new InputCheck\(this\)/.test(read(file))) classes.add('AsfErrorEvent');
        const expected = sorted(
          [...classes].filter((c) => EVENT_NAMES.has(c) && text.includes(c)).map((c) => `${EVENT_NAMES.get(c)}: ${c}`),
        );
        const listed = sorted((d.events ?? []).map((e) => `${e.name}: ${e.type?.text}`));
        assert.deepEqual(listed, expected);
        for (const e of d.events ?? []) assert.ok(e.description, `event ${e.name} has no description`);
      });

      it('lists exactly the parts of its templates', () => {
        // The element's own templates and the shared renderers it uses (not other elements': a
        // nested <asf-progress> has its own parts).
        const { names, families } = templateParts(renderedSources(file, files));
        const listed = (d.cssParts ?? []).map((p) => p.name);
        const inFamily = (name) => !names.has(name) && [...families].some((prefix) => name.startsWith(prefix));
        const documented = listed.filter((n) => !inFamily(n));
        const extra = documented.filter((n) => !names.has(n));
        const missing = [...names].filter((n) => !documented.includes(n));
        assert.deepEqual(
          { extra, missing },
          { extra: [], missing: [] },
          'extra: documented, not in the templates; missing: in the templates, not documented',
        );
        for (const prefix of families) {
          assert.ok(
            listed.some((n) => n.startsWith(prefix) && !names.has(n)),
            `the parts ${prefix}* are not documented`,
          );
        }
      });

      it('lists exactly the slots of its templates', () => {
        const slots = [];
        for (const f of files.filter((f) => dirname(f) === dirname(file))) {
          for (const m of read(f).matchAll(/<slot(?:\s+name="([^"]+)")?[\s>]/g)) slots.push(m[1] ?? '');
        }
        assert.deepEqual(sorted((d.slots ?? []).map((s) => s.name)), sorted(slots));
      });

      it('documents only CSS properties its styles read, and every knob of its own', () => {
        const used = stylesRead(files);
        const listed = (d.cssProperties ?? []).map((p) => p.name);
        for (const name of listed) assert.ok(used.has(name), `${name} is documented but not read by the styles`);
        const own = [...used].filter((n) => n.startsWith(`--${d.tagName}-`));
        for (const name of own) assert.ok(listed.includes(name), `${name} is read by the styles but not documented`);
      });
    });
  }

  it('names no event after a constructor argument, and leaves none without a name (regression)', () => {
    for (const d of declarations) {
      for (const e of d.events ?? [])
        assert.match(e.name ?? '', /^asf-[a-z-]+$/, `${d.tagName}: event ${JSON.stringify(e)}`);
    }
  });
});
