// The core's own buttons for privacy: "which cohort is this for?" under a
// private command of someone in several cohorts (core/private-cohort.ts).
// Registered as a feature so that the core's dispatch stays one path.

import type { Feature } from '../../core/feature.ts';
import { COHORT_CHOICE_KIND } from '../../core/private-cohort.ts';
import { chooseCohort } from '../../core/private-rerun.ts';

export const privacyFeature: Feature = {
  name: 'privacy',
  actions: { [COHORT_CHOICE_KIND]: chooseCohort },
};
