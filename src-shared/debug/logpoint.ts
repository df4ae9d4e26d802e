/**
 * Breakpoint conditions as the protocol takes them. A logpoint is a condition that prints and is
 * never true (so the program does not stop), as VS Code and Chrome DevTools do it: `Hello {name}`
 * becomes console.log(`Hello ${name}`). A `{` with no closing `}` is printed as is.
 */
export const logMessageExpression = (message: string): string => {
  let template = '';
  let index = 0;
  while (index < message.length) {
    const open = message.indexOf('{', index);
    const close = open === -1 ? -1 : message.indexOf('}', open + 1);
    if (open === -1 || close === -1) {
      template += escapeTemplateText(message.slice(index));
      break;
    }
    template += escapeTemplateText(message.slice(index, open));
    const expression = message.slice(open + 1, close).trim();
    template += expression ? `\${${expression}}` : '{}';
    index = close + 1;
  }
  return `console.log(\`${template}\`)`;
};

const escapeTemplateText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** The condition sent to the protocol for a breakpoint: its own condition, and the log for a logpoint. */
export const protocolCondition = (breakpoint: { condition?: string; logMessage?: string }): string | undefined => {
  const condition = breakpoint.condition?.trim();
  const log = breakpoint.logMessage?.trim();
  if (log) {
    // A logpoint whose message throws logs the error rather than stopping the program on it.
    const print = `(() => { try { ${logMessageExpression(log)}; } catch (error) { console.log('Logpoint error: ' + error); } })(), false`;
    return condition ? `(${condition}) && (${print})` : `(${print})`;
  }
  return condition || undefined;
};
