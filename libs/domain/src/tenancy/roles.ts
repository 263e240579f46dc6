/** Staff roles (SPEC §8). Endpoints name the roles that may call them; admin may call all. */
export const ROLES = [
  'admin',
  'development_officer',
  'volunteer_coordinator',
  'program_staff',
  'alumni_relations',
  'communications',
  'read_only',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that may see gift amounts (a volunteer coordinator sees the timeline without them). */
export const ROLES_SEEING_GIVING: readonly Role[] = ['admin', 'development_officer', 'read_only'];
