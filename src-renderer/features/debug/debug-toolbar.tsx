import { useState } from 'react';
import type { DebugAction, DebugSession } from '../../../src-shared/contract';
import { Icon, type IconName } from '../../app/icons';
import { useStudio } from '../../app/studio-context';

const BUTTONS: { action: DebugAction; label: string; keys: string; icon: IconName; when: 'paused' | 'running' | 'live' }[] = [
  { action: 'continue', label: 'Continue', keys: 'F5', icon: 'play', when: 'paused' },
  { action: 'pause', label: 'Pause', keys: 'F6', icon: 'pause', when: 'running' },
  { action: 'stepOver', label: 'Step over', keys: 'F10', icon: 'stepOver', when: 'paused' },
  { action: 'stepInto', label: 'Step into', keys: 'F11', icon: 'stepInto', when: 'paused' },
  { action: 'stepOut', label: 'Step out', keys: 'Shift+F11', icon: 'stepOut', when: 'paused' },
  { action: 'restart', label: 'Restart', keys: 'Ctrl+Shift+F5', icon: 'refresh', when: 'live' },
  { action: 'stop', label: 'Stop', keys: 'Shift+F5', icon: 'stop', when: 'live' },
];

const REASONS: Record<string, string> = {
  breakpoint: 'on a breakpoint',
  step: 'after a step',
  exception: 'on an exception',
  promiseRejection: 'on an exception (rejected promise)',
  debugCommand: 'as asked',
  other: '',
};

function statusText(session: DebugSession | null): string {
  if (!session) return 'No debug session. Set breakpoints in the gutter, then Debug (F5).';
  if (session.status === 'starting') return `Starting ${session.functionName} under the debugger…`;
  if (session.status === 'running') return `${session.functionName} is running`;
  if (session.status === 'ended') return `${session.functionName}: ${session.endedReason ?? 'ended'}`;
  const top = session.paused?.frames[0];
  const where = top ? ` at ${top.file ? top.file.split('/').pop() : '(bundle)'}:${top.line}` : '';
  return `Paused ${REASONS[session.paused?.reason ?? 'other'] ?? ''}${where}`.replace(/\s+/g, ' ');
}

/** The session's controls and state: what it is doing, the suspended timeout, and the inspector's address. */
export function DebugToolbar({ session }: { session: DebugSession | null }) {
  const studio = useStudio();
  const [copied, setCopied] = useState(false);
  const live = session !== null && session.status !== 'ended';
  const enabled = (when: 'paused' | 'running' | 'live') => live && (when === 'live' || (when === 'paused' ? session!.status === 'paused' : session!.status === 'running'));
  return (
    <div className="debug-toolbar-block">
      <div className="debug-toolbar" role="toolbar" aria-label="Debugger">
        {BUTTONS.map((button) => (
          <button
            key={button.action}
            type="button"
            className="icon-button"
            data-testid={`debug-${button.action}`}
            aria-label={button.label}
            title={`${button.label} (${button.keys})`}
            disabled={!enabled(button.when)}
            onClick={() => void studio.debug.getState().command(button.action)}
          >
            <Icon name={button.icon} />
          </button>
        ))}
      </div>
      <div className="debug-status" data-testid="debug-status" data-status={session?.status ?? 'none'}>
        {statusText(session)}
      </div>
      {session?.status === 'paused' && session.timeoutSuspended && (
        <div className="muted debug-timeout" data-testid="debug-timeout-suspended">
          <Icon name="clock" /> The function's timeout is suspended while paused.
        </div>
      )}
      {session?.paused?.exception && (
        <div className="notice error debug-exception" data-testid="debug-exception">
          {session.paused.exception.display}
        </div>
      )}
      {live && session.devtoolsUrl && (
        <div className="debug-devtools">
          <a href={session.devtoolsUrl} target="_blank" rel="noreferrer" data-testid="debug-devtools-link" title="Chrome and Edge open devtools:// links pasted in the address bar; a page cannot navigate to them">
            Open in Chrome DevTools
          </a>
          <button
            type="button"
            className="link"
            data-testid="debug-devtools-copy"
            onClick={() => {
              void navigator.clipboard?.writeText(session.devtoolsUrl!).then(() => setCopied(true), () => undefined);
              setTimeout(() => setCopied(false), 1500);
            }}
          >
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </div>
      )}
    </div>
  );
}
