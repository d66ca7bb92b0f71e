/**
 * The build to compare against: the extension as it was at a git revision, checked out in a
 * temporary worktree that borrows this checkout's node_modules, and built there for both browsers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../lib/dev/paths';
import type { BrowserName } from '../../../lib/dev/paths';

export interface BaselineBuild {
  /** The revision as given, and the commit it names. */
  ref: string;
  commit: string;
  dirs: Record<BrowserName, string>;
  remove(): void;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

export function buildBaseline(ref: string, log: (line: string) => void): BaselineBuild {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-'));
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  git('worktree', 'add', '--detach', dir, commit);
  try {
    // The same dependencies as now: what differs between the two builds is Backstory's code.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const target of ['chrome', 'firefox']) {
      log(`baseline ${commit.slice(0, 7)}: building for ${target}…`);
      execFileSync('npx', ['wxt', 'build', '-b', target], { cwd: dir, stdio: 'ignore' });
    }
    const dirs = { chromium: join(dir, '.output/chrome-mv3'), firefox: join(dir, '.output/firefox-mv3') };
    for (const built of Object.values(dirs)) if (!existsSync(join(built, 'manifest.json'))) throw new Error(`the baseline build has no ${built}`);
    return { ref, commit, dirs, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
