import { describe, expect, it } from 'vitest';

import { learningSet, meeting, PAT, PIA, presentation } from '../testing/set-fixtures';

import { meetingEditor, toFullRequest, toMemberRequest } from './meeting-values';

describe('who edits a meeting', () => {
  const set = learningSet();

  it('follows the server: facilitator, HR or coordinator edit all; a member their own part; nobody once the set is closed', () => {
    // `canManage` is the server's answer for facilitator, HR and the meeting's coordinator.
    expect(meetingEditor(meeting({ canManage: true }), set, PAT.id)).toEqual({ kind: 'all' });
    expect(meetingEditor(meeting({ canManage: false }), set, PIA.id)).toEqual({ kind: 'member', memberId: PIA.id });
    expect(meetingEditor(meeting({ canManage: false }), set, 'admin')).toEqual({ kind: 'none' });
    expect(meetingEditor(meeting({ canManage: true }), learningSet({ status: 'Closed' }), PAT.id)).toEqual({ kind: 'none' });
  });
});

describe('what a save sends', () => {
  const recorded = meeting({
    attendance: [PAT.id],
    airTimeMinutes: [{ memberId: PAT.id, minutes: 20 }],
    presentations: [presentation({ memberId: PAT.id }), presentation({ memberId: PIA.id, problem: 'Arrears', committedAction: 'Pilot letters' })],
    mainPoints: 'Backlogs need owners.',
    version: 7,
  });

  it('sends a member’s request with everything but their own action and account as read', () => {
    expect(toMemberRequest(recorded, PIA.id, { committedAction: '  Extend the pilot ', accountOfLastAction: '' })).toEqual({
      version: 7,
      attendance: [PAT.id],
      airTimeMinutes: [{ memberId: PAT.id, minutes: 20 }],
      presentations: [recorded.presentations[0], { ...recorded.presentations[1], committedAction: 'Extend the pilot', accountOfLastAction: '' }],
      mainPoints: 'Backlogs need owners.',
    });
  });

  it('adds no empty presentation for a member who wrote nothing', () => {
    expect(toMemberRequest(meeting(), PAT.id, { committedAction: ' ', accountOfLastAction: '' }).presentations).toEqual([]);
  });

  it('leaves out people who are not members, blank presentations and air time not agreed', () => {
    const request = toFullRequest(
      {
        attendance: [PAT.id, 'stranger'],
        airTime: { [PAT.id]: 15, [PIA.id]: '', stranger: 10 },
        presentations: {
          [PAT.id]: { problem: ' Voids ', background: '', approach: '', questionsAsked: '', committedAction: '', accountOfLastAction: '' },
          [PIA.id]: { problem: '', background: '', approach: '', questionsAsked: '', committedAction: '  ', accountOfLastAction: '' },
        },
        mainPoints: ' Points ',
      },
      3,
      [PAT.id, PIA.id],
    );
    expect(request).toEqual({
      version: 3,
      attendance: [PAT.id],
      airTimeMinutes: [{ memberId: PAT.id, minutes: 15 }],
      presentations: [{ memberId: PAT.id, problem: 'Voids', background: '', approach: '', questionsAsked: '', committedAction: '', accountOfLastAction: '' }],
      mainPoints: 'Points',
    });
  });
});
