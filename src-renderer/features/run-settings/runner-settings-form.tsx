import { useEffect, useState } from 'react';
import type { RunSettings } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';

/** The runner's limits and which Node runs the functions: text fields, checked here before the core checks them again. */
export function RunnerSettingsForm() {
  const studio = useStudio();
  const [saved, setSaved] = useState<RunSettings | null>(null);
  const [nodePath, setNodePath] = useState('');
  const [memory, setMemory] = useState('');
  const [output, setOutput] = useState('');
  const [confine, setConfine] = useState(true);
  const [unsavedEdits, setUnsavedEdits] = useState<'run-buffer' | 'save-first'>('run-buffer');
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  const adopt = (settings: RunSettings) => {
    setSaved(settings);
    setNodePath(settings.nodePath ?? '');
    setMemory(String(settings.memoryLimitMb));
    setOutput(String(settings.outputLimitMb));
    setConfine(settings.confineFileSystem);
    setUnsavedEdits(settings.unsavedEdits ?? 'run-buffer');
  };

  useEffect(() => {
    let alive = true;
    studio.api.call('run.settings.get', {}).then(
      (settings) => alive && adopt(settings),
      (error) => alive && setStatus({ tone: 'error', text: describeError(error) }),
    );
    return () => {
      alive = false;
    };
  }, [studio]);

  if (!saved) return <p className="muted">{status?.text ?? 'Loading the runner settings…'}</p>;
  const memoryMb = Number(memory);
  const outputMb = Number(output);
  const memoryValid = Number.isInteger(memoryMb) && memoryMb >= 64 && memoryMb <= 32768;
  const outputValid = Number.isInteger(outputMb) && outputMb >= 1 && outputMb <= 1024;
  // Settings this form does not show (result limit, concurrency) are kept as they are.
  const next: RunSettings = { ...saved, nodePath: nodePath.trim() || null, memoryLimitMb: memoryMb, outputLimitMb: outputMb, confineFileSystem: confine, unsavedEdits };
  const changed =
    next.nodePath !== saved.nodePath || next.memoryLimitMb !== saved.memoryLimitMb || next.outputLimitMb !== saved.outputLimitMb || next.confineFileSystem !== saved.confineFileSystem ||
    unsavedEdits !== (saved.unsavedEdits ?? 'run-buffer');

  return (
    <form
      className="target-form"
      data-testid="runner-settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed || !memoryValid || !outputValid) return;
        studio.api.call('run.settings.set', next).then(
          (settings) => {
            adopt(settings);
            setStatus({ tone: 'ok', text: 'Saved: the next run uses them.' });
          },
          (error) => setStatus({ tone: 'error', text: describeError(error) }),
        );
      }}
    >
      <label className="field-label" htmlFor="runner-node">
        Node binary
      </label>
      <input id="runner-node" className="text-input" spellCheck={false} placeholder="node on PATH" value={nodePath} onChange={(event) => setNodePath(event.target.value)} />
      <div className="settings-row">
        <label className="settings-number">
          <span className="field-label">Memory limit (MB)</span>
          <input className="text-input" type="number" min={64} max={32768} value={memory} onChange={(event) => setMemory(event.target.value)} />
        </label>
        <label className="settings-number">
          <span className="field-label">Output limit per run (MB)</span>
          <input className="text-input" type="number" min={1} max={1024} value={output} onChange={(event) => setOutput(event.target.value)} />
        </label>
      </div>
      <label className="settings-check">
        <input type="checkbox" data-testid="runner-confine" checked={confine} onChange={(event) => setConfine(event.target.checked)} />
        <span>
          Confine file access: a function reads only its bundle and node_modules and writes only its run folder (Node&apos;s permission
          model; processes it starts are not confined)
        </span>
      </label>
      <label className="field-label" htmlFor="runner-unsaved">
        With unsaved edits, Run…
      </label>
      <select id="runner-unsaved" className="text-input" data-testid="runner-unsaved-edits" value={unsavedEdits} onChange={(event) => setUnsavedEdits(event.target.value as 'run-buffer' | 'save-first')}>
        <option value="run-buffer">runs the editor's buffers (nothing is saved)</option>
        <option value="save-first">saves them first, then runs the files</option>
      </select>
      {!memoryValid && <div className="field-error">Memory: a whole number of MB from 64 to 32768.</div>}
      {!outputValid && <div className="field-error">Output: a whole number of MB from 1 to 1024.</div>}
      <div className="dialog-actions">
        {status && <span className={status.tone === 'error' ? 'field-error' : 'muted'}>{status.text}</span>}
        <button type="submit" className="button primary" disabled={!changed || !memoryValid || !outputValid}>
          Save runner settings
        </button>
      </div>
    </form>
  );
}
