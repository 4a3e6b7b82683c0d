// Checks of the elements' house shape on source text, used by elements-conventions.test.mjs and
// create-element.test.mjs.
import ts from 'typescript';

/** The `{ sv, en }` objects of a file whose `sv` or `en` is missing or empty, as "line: problem". */
export function bilingualProblems(fileName, text) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems = [];
  const empty = (node) =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.trim() === '';
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map();
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          props.set(p.name.text, p.initializer);
      }
      if (props.has('sv') || props.has('en')) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const lang of ['sv', 'en']) {
          const value = props.get(lang);
          if (!value) problems.push(`${line}: no ${lang}`);
          else if (empty(value)) problems.push(`${line}: empty ${lang}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

/** Lines that branch on the language: `lang === 'en'`, `'sv' !== x`, `case 'en':`. */
export function languageBranches(text) {
  const branch =
    /(?:===|!==|==|!=)\s*(['"`])(?:sv|en)\1|(['"`])(?:sv|en)\2\s*(?:===|!==|==|!=)|case\s+(['"`])(?:sv|en)\3\s*:/;
  return text
    .split('\n')
    .map((line, i) => [i + 1, line])
    .filter(([, line]) => branch.test(line))
    .map(([n, line]) => `${n}: ${line.trim()}`);
}
