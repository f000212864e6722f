import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { AirTimeTimer } from './air-time-timer';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function setUp(minutes: number | null) {
  const { user } = renderWithProviders(<AirTimeTimer memberName="Pat Peer" minutes={minutes} />);
  const timer = screen.getByRole('group', { name: 'Air time timer for Pat Peer' });
  return {
    user,
    timer,
    clock: () => within(timer).queryByRole('timer')?.textContent,
    announced: () => within(timer).getByRole('status').textContent,
  };
}

describe('air time timer', () => {
  beforeEach(() => {
    // The timer ticks with setInterval and reads the clock; Testing Library's own waits use setTimeout,
    // which stays real so that they do not hang on a clock nobody moves.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down the agreed minutes, announces the last minute and the overrun, and says "over time" in words', async () => {
    const { user, timer, clock, announced } = setUp(2);
    expect(clock()).toBe('02:00 left');
    expect(within(timer).getByRole('button', { name: 'Reset air time for Pat Peer' })).toBeDisabled();

    await user.click(within(timer).getByRole('button', { name: 'Start air time for Pat Peer' }));
    expect(announced()).toBe('Pat Peer: air time started, 02:00 left.');

    advance(30_000);
    expect(clock()).toBe('01:30 left');
    // Nothing worth saying every second: the announcement stays as it was.
    expect(announced()).toBe('Pat Peer: air time started, 02:00 left.');

    advance(30_000);
    expect(clock()).toBe('01:00 left');
    expect(announced()).toBe('Pat Peer: one minute left.');

    advance(65_000);
    expect(clock()).toBe('Over time by 00:05');
    expect(within(timer).getByText('Over time')).toBeInTheDocument();
    expect(announced()).toBe('Pat Peer: time is up.');
  });

  it('pauses, resumes and resets from the keyboard', async () => {
    const { user, timer, clock, announced } = setUp(1);

    await user.tab();
    expect(within(timer).getByRole('button', { name: 'Start air time for Pat Peer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    advance(20_000);
    expect(clock()).toBe('00:40 left');

    // The same button now pauses.
    const pause = within(timer).getByRole('button', { name: 'Pause air time for Pat Peer' });
    expect(pause).toHaveFocus();
    await user.keyboard(' ');
    expect(announced()).toBe('Pat Peer: paused, 00:40 left.');
    advance(30_000);
    expect(clock()).toBe('00:40 left');

    await user.keyboard('{Enter}');
    expect(within(timer).getByRole('button', { name: 'Pause air time for Pat Peer' })).toBeInTheDocument();
    advance(50_000);
    expect(clock()).toBe('Over time by 00:10');

    await user.tab();
    expect(within(timer).getByRole('button', { name: 'Reset air time for Pat Peer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(clock()).toBe('01:00 left');
    expect(within(timer).queryByText('Over time')).not.toBeInTheDocument();
    expect(announced()).toBe('Pat Peer: air time reset to 1 minute.');
    expect(within(timer).getByRole('button', { name: 'Start air time for Pat Peer' })).toBeInTheDocument();

    // Reset stops the clock.
    advance(10_000);
    expect(clock()).toBe('01:00 left');
  });

  it('cannot start before the air time is agreed', () => {
    const { timer, clock } = setUp(null);
    expect(clock()).toBeUndefined();
    expect(within(timer).getByText('Agree the minutes to time them.')).toBeInTheDocument();
    expect(within(timer).getByRole('button', { name: 'Start air time for Pat Peer' })).toBeDisabled();
  });
});
