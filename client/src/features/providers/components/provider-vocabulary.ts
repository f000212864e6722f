/** The words of the provider register, as the server spells them and as people read them. */

export const PROVIDER_KINDS = [
  { value: 'FeCollege', label: 'FE college' },
  { value: 'HeInstitution', label: 'HE institution' },
  { value: 'PrivateProvider', label: 'Private provider' },
  { value: 'ProfessionalBody', label: 'Professional body' },
  { value: 'InternalAcademy', label: 'Internal academy' },
] as const;

export const DELIVERY_MODES = [
  { value: 'Classroom', label: 'Classroom' },
  { value: 'Online', label: 'Online' },
  { value: 'Blended', label: 'Blended' },
  { value: 'Workplace', label: 'In the workplace' },
] as const;

export const providerKindLabel = (kind: string) => PROVIDER_KINDS.find((option) => option.value === kind)?.label ?? kind;

export const deliveryModeLabel = (mode: string) => DELIVERY_MODES.find((option) => option.value === mode)?.label ?? mode;
