import { maxLength, required, rules } from '@/lib/validation';

import { SET_LIMITS, SET_SIZE } from './set-vocabulary';

export type SetFormValues = {
  name: string;
  purpose: string;
  meetingCadence: string;
  facilitatorId: string | null;
  memberIds: string[];
};

const nameRule = rules(required('Give the set a name.'), maxLength(SET_LIMITS.name, 'Name'));
const purposeRule = rules(required('Say what the set is for.'), maxLength(SET_LIMITS.purpose, 'Purpose'));
const cadenceRule = rules(
  required('Say how often the set means to meet, e.g. "every 4 weeks".'),
  maxLength(SET_LIMITS.cadence, 'Meeting cadence'),
);

/** The server's rules for a new set, as messages keyed by form path. */
export function validateSet(values: SetFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('name', nameRule(values.name));
  add('purpose', purposeRule(values.purpose));
  add('meetingCadence', cadenceRule(values.meetingCadence));
  if (!values.facilitatorId) add('facilitatorId', 'Say who facilitates the set.');
  if (values.memberIds.length > SET_SIZE.limit) add('memberIds', `A set has at most ${SET_SIZE.limit} members.`);
  else if (values.facilitatorId && values.memberIds.includes(values.facilitatorId))
    add('memberIds', 'The facilitator runs the set and is not one of its members.');
  return errors;
}

/** The details of a set, as the edit form checks them (the facilitator and members are not changed there). */
export function validateSetDetails(values: Pick<SetFormValues, 'name' | 'purpose' | 'meetingCadence'>): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('name', nameRule(values.name));
  add('purpose', purposeRule(values.purpose));
  add('meetingCadence', cadenceRule(values.meetingCadence));
  return errors;
}
