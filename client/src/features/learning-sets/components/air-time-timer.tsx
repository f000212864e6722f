import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

const MINUTE = 60_000;

/** `mm:ss` of a span of milliseconds, whole seconds. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

type AirTimeTimerProps = {
  memberName: string;
  /** The air time agreed for the member at the start of the meeting; no timer without it. */
  minutes: number | null;
};

/**
 * Times one member's air time: start, pause, reset. It shows the time left and, past the agreed
 * time, says "over time" in words as well as colour. Screen readers hear the changes that matter
 * — started, paused, one minute left, time up, reset — politely, not every second.
 */
export function AirTimeTimer({ memberName, minutes }: AirTimeTimerProps) {
  const allotted = minutes && minutes > 0 ? minutes * MINUTE : null;
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Time is measured from the clock, not by counting ticks, so a slow or throttled tab stays right.
  const clock = useRef({ before: 0, since: 0 });
  const lastRemaining = useRef<number | null>(allotted);

  const now = () => clock.current.before + (Date.now() - clock.current.since);

  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setElapsed(now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const remaining = allotted === null ? null : allotted - elapsed;

  // Announce crossing into the last minute and past the agreed time, once each.
  useEffect(() => {
    const previous = lastRemaining.current;
    lastRemaining.current = remaining;
    if (remaining === null || previous === null || !running) return;
    if (previous > 0 && remaining <= 0) setAnnouncement(`${memberName}: time is up.`);
    else if (previous > MINUTE && remaining <= MINUTE) setAnnouncement(`${memberName}: one minute left.`);
  }, [remaining, running, memberName]);

  const describe = (left: number) => (left >= 0 ? `${formatClock(left + 999)} left` : `over time by ${formatClock(-left)}`);

  const start = () => {
    if (allotted === null) return;
    clock.current = { before: elapsed, since: Date.now() };
    setRunning(true);
    setAnnouncement(`${memberName}: air time started, ${describe(allotted - elapsed)}.`);
  };

  const pause = () => {
    const spent = now();
    clock.current = { before: spent, since: 0 };
    setElapsed(spent);
    setRunning(false);
    setAnnouncement(allotted === null ? `${memberName}: paused.` : `${memberName}: paused, ${describe(allotted - spent)}.`);
  };

  const reset = () => {
    clock.current = { before: 0, since: 0 };
    lastRemaining.current = allotted;
    setElapsed(0);
    setRunning(false);
    setAnnouncement(`${memberName}: air time reset to ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`);
  };

  const over = remaining !== null && remaining < 0;

  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={`Air time timer for ${memberName}`}>
      {remaining === null ? (
        <Text size="sm" c="dimmed">
          Agree the minutes to time them.
        </Text>
      ) : (
        <Text
          role="timer"
          size="sm"
          fw={over ? 700 : 500}
          c={over ? 'red.8' : remaining <= MINUTE ? 'orange.9' : undefined}
          style={{ fontVariantNumeric: 'tabular-nums', minWidth: '9.5em' }}
        >
          {over ? `Over time by ${formatClock(-remaining)}` : `${formatClock(remaining + 999)} left`}
        </Text>
      )}
      {over && (
        <Badge color="red" variant="filled" size="sm">
          Over time
        </Badge>
      )}
      <Button
        size="xs"
        variant={running ? 'light' : 'filled'}
        onClick={running ? pause : start}
        disabled={remaining === null && !running}
        aria-label={`${running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'} air time for ${memberName}`}
      >
        {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
      </Button>
      <Button size="xs" variant="default" onClick={reset} disabled={elapsed === 0 && !running} aria-label={`Reset air time for ${memberName}`}>
        Reset
      </Button>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Group>
  );
}
