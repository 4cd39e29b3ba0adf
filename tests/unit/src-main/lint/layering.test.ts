// The layering rules of eslint.config.js refuse what they are meant to refuse (README "Layering").
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probes are not files of a TypeScript project: linted without type information.
const eslint = new ESLint({ cwd: path.resolve('.'), overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false } } }] });

async function messagesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['src-main/preload/probe.ts', "import { methods } from '../shared/api';\nexport const probe = methods;\n", /schemas belong to main/],
    ['src-main/preload/probe.ts', "import { z } from 'zod';\nexport const probe = z;\n", /schemas belong to main/],
    ['src-main/preload/probe.ts', "import { promises } from 'node:fs';\nexport const probe = promises;\n", /narrow facade/],
    ['src-main/core/probe.ts', "import { promises } from 'node:fs';\nexport const probe = promises;\n", /pure/],
    ['src-main/node/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", /must not depend on electron/],
  ])('refuses in %s: %s', async (file, code, message) => {
    expect((await messagesFor(file, code)).join('\n')).toMatch(message);
  });

  it('lets the preload take its channels from shared/channels', async () => {
    expect(await messagesFor('src-main/preload/probe.ts', "import { methodChannels } from '../shared/channels';\nexport const probe = methodChannels;\n")).toEqual([]);
  });
});
