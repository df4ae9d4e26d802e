// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cronPreviewTable } from './cron-preview-rows';
import { CronPreviewer } from './cron-previewer';

const from = new Date('2026-03-07T12:00:00Z');

afterEach(cleanup);

describe('the cron previewer', () => {
  it('moves on as time passes when it follows the clock (issue 15 item 13)', () => {
    vi.useFakeTimers({ now: new Date('2026-03-07T12:14:00Z') });
    try {
      render(<CronPreviewer pattern="*/15 * * * *" />);
      expect(screen.getAllByTestId('cron-run')[0].textContent).toContain('12:15');
      act(() => {
        vi.advanceTimersByTime(2 * 60_000);
      });
      expect(screen.getAllByTestId('cron-run')[0].textContent).toContain('12:30');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the next 10 runs in UTC with a description', () => {
    render(<CronPreviewer pattern="*/15 * * * *" from={from} />);
    expect(screen.getByTestId('cron-description').textContent).toBe('Every 15 minutes');
    const runs = screen.getAllByTestId('cron-run');
    expect(runs).toHaveLength(10);
    expect(runs[0].textContent).toContain('Sat 7 Mar 12:15');
    expect(runs[9].textContent).toContain('Sat 7 Mar 14:30');
  });

  it('shows a field error and no runs for an invalid pattern', () => {
    render(<CronPreviewer pattern="61 * * * *" from={from} />);
    expect(screen.getByTestId('cron-error').textContent).toContain('minute must be 0-59 (field 1)');
    expect(screen.queryAllByTestId('cron-run')).toHaveLength(0);
    expect(screen.getAllByTestId('cron-warning')[0].textContent).toContain('never run');
  });

  it('marks a daylight-saving transition in the chosen zone', () => {
    render(<CronPreviewer pattern="0 12 * * *" from={from} />);
    // New York springs forward on 2026-03-08: the run of that day is the first at -04:00.
    expect(screen.getAllByTestId('cron-dst')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('cron-zone'), { target: { value: 'Asia/Tokyo' } });
    expect(screen.queryAllByTestId('cron-dst')).toHaveLength(0);
  });

  it('offers presets and Run now when asked to', () => {
    const picked: string[] = [];
    let ran = 0;
    render(<CronPreviewer pattern="0 * * * *" from={from} onPickPreset={(pattern) => picked.push(pattern)} onRunNow={() => ran++} />);
    fireEvent.change(screen.getByTestId('cron-presets'), { target: { value: '0 9 * * 1-5' } });
    fireEvent.click(screen.getByTestId('cron-run-now'));
    expect(picked).toEqual(['0 9 * * 1-5']);
    expect(ran).toBe(1);
  });
});

describe('cronPreviewTable', () => {
  it('shows each run on the zone clocks with the day shift', () => {
    const table = cronPreviewTable('30 23 * * *', { from, count: 2, localZone: 'UTC', zone: 'Asia/Tokyo' });
    if (!table.valid) throw new Error('expected a valid pattern');
    expect(table.rows[0]).toMatchObject({ iso: '2026-03-07T23:30:00.000Z', utcShort: 'Sat 7 Mar 23:30' });
    expect(table.rows[0].zone).toMatchObject({ time: '08:30', dayShift: 1, offset: '+09:00', dstTransition: false });
    expect(table.rows[0].local).toMatchObject({ time: '23:30', dayShift: 0 });
  });
});
