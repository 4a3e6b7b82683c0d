/**
 * The API report of @asf-kit/elements: every name that `packages/elements/src/index.ts`
 * exports, with its kind and declared type (for an element class: its public properties and
 * methods of its own, not those it inherits from LitElement), compared with the committed
 * report `packages/elements/api/elements.api.md`. Any change to the public surface fails this
 * test until the report is updated on purpose and reviewed with it:
 *
 *     UPDATE_API=1 node --import tsx --test scripts/test/elements-api.test.mjs
 *
 * Read with the TypeScript compiler API from the source, so it needs no build.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const pkg = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const entry = `${pkg}src/index.ts`;
const reportPath = `${pkg}api/elements.api.md`;

function compilerOptions() {
  const configPath = `${pkg}tsconfig.build.json`;
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, pkg, undefined, configPath);
  return { ...parsed.options, noEmit: true, declaration: false, emitDeclarationOnly: false };
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const oneLine = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*}/g, '; }')
    .trim();

const hidden = (member) =>
  (ts.getCombinedModifierFlags(member) &
    (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Override)) !==
    0 ||
  (member.name && ts.isPrivateIdentifier(member.name)) ||
  ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal');

/** A class as its public members of its own: `name: type`, `method(args): type`, `get name(): type`. */
function describeClass(checker, decl, name, print) {
  const heritage = (decl.heritageClauses ?? []).map(print).join(' ');
  const members = [];
  for (const m of decl.members) {
    if (ts.isConstructorDeclaration(m)) {
      members.push(`constructor(${m.parameters.map(print).join(', ')});`);
      continue;
    }
    if (hidden(m) || ts.isClassStaticBlockDeclaration(m)) continue;
    const isStatic = (ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) !== 0;
    const prefix = `${isStatic ? 'static ' : ''}${(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Readonly) !== 0 ? 'readonly ' : ''}`;
    const memberName = m.name ? m.name.getText(decl.getSourceFile()) : '?';
    const typeOf = (node) =>
      checker.typeToString(checker.getTypeAtLocation(node), node, ts.TypeFormatFlags.NoTruncation);
    if (ts.isPropertyDeclaration(m)) members.push(`${prefix}${memberName}: ${m.type ? print(m.type) : typeOf(m)};`);
    else if (ts.isGetAccessorDeclaration(m))
      members.push(`${prefix}get ${memberName}(): ${m.type ? print(m.type) : typeOf(m)};`);
    else if (ts.isSetAccessorDeclaration(m))
      members.push(`${prefix}set ${memberName}(${m.parameters.map(print).join(', ')});`);
    else if (ts.isMethodDeclaration(m)) {
      const signature = checker.getSignatureFromDeclaration(m);
      const text = signature ? checker.signatureToString(signature, m, ts.TypeFormatFlags.NoTruncation) : '()';
      members.push(`${prefix}${memberName}${text.replace(/ => /, ': ')};`);
    }
  }
  return `class ${name} ${heritage} { ${members.join(' ')} }`.replace(/\s+/g, ' ');
}

function describeExport(checker, exported) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.name;
  return (symbol.declarations ?? []).map((decl) => {
    const sf = decl.getSourceFile();
    const print = (node) => oneLine(printer.printNode(ts.EmitHint.Unspecified, node, sf));
    if (ts.isClassDeclaration(decl)) return describeClass(checker, decl, name, print);
    if (ts.isFunctionDeclaration(decl)) {
      const signature = checker.getSignatureFromDeclaration(decl);
      const text = signature ? checker.signatureToString(signature, decl, ts.TypeFormatFlags.NoTruncation) : '';
      return `function ${name}${text.replace(/ => /, ': ')}`;
    }
    if (ts.isVariableDeclaration(decl)) {
      const type = decl.type ? print(decl.type) : checker.typeToString(checker.getTypeAtLocation(decl), decl);
      return `const ${name}: ${oneLine(type)}`;
    }
    if (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl))
      return print(decl).replace(/^export (declare )?/, '');
    return `${ts.SyntaxKind[decl.kind]} ${name}`;
  });
}

function apiReport() {
  const program = ts.createProgram([entry], compilerOptions());
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  assert.ok(source, 'src/index.ts is missing');
  const module = checker.getSymbolAtLocation(source);
  const exports = checker.getExportsOfModule(module).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [
    '# @asf-kit/elements — API report',
    '',
    'Every name exported by `packages/elements/src/index.ts`, with its declared type (element classes',
    'with their public members of their own). Generated by `scripts/test/elements-api.test.mjs`; do',
    'not edit by hand. After a deliberate change of the public API:',
    '`UPDATE_API=1 node --import tsx --test scripts/test/elements-api.test.mjs`.',
    '',
    `${exports.length} names.`,
    '',
    '```ts',
    exports.flatMap((s) => describeExport(checker, s)).join('\n'),
    '```',
    '',
  ].join('\n');
}

describe('@asf-kit/elements public API', () => {
  it('matches the committed API report (update it on purpose: UPDATE_API=1)', () => {
    const report = apiReport();
    if (process.env.UPDATE_API) {
      mkdirSync(`${pkg}api`, { recursive: true });
      writeFileSync(reportPath, report);
    }
    let committed = '';
    try {
      committed = readFileSync(reportPath, 'utf8');
    } catch {
      assert.fail(`${reportPath} is missing: run with UPDATE_API=1 to write it`);
    }
    assert.equal(report, committed, 'the public API changed: review it and update the report with UPDATE_API=1');
  });

  it('exports no internals: no controllers, helpers or texts', () => {
    const names = [
      ...readFileSync(reportPath, 'utf8').matchAll(/^(?:class|const|function|type|interface) (\w+)/gm),
    ].map((m) => m[1]);
    for (const internal of [
      'PlanController',
      'InputCheck',
      'LazyModule',
      'reportOnce',
      'renderProblem',
      'TEXTS',
      'optionalNumber',
    ])
      assert.ok(!names.includes(internal), `${internal} is exported`);
    for (const needed of ['AsfProgress', 'AsfErrorEvent', 'ProgressVariant', 'EligibilityCheckKind', 'loadPlanParser'])
      assert.ok(names.includes(needed), `${needed} is not exported`);
  });
});
