// The features the bot runs, in the order their hooks see events. Adding a
// feature is adding it here; nothing else changes.

import type { Feature } from '../core/feature.ts';
import { accountFeature } from './account/index.ts';
import { checkinsFeature } from './checkins/index.ts';
import { cohortsFeature } from './cohorts/index.ts';
import { gatheringsFeature } from './gatherings/index.ts';
import { helpFeature } from './help/index.ts';
import { membersFeature } from './members/index.ts';
import { networkFeature } from './network/index.ts';
import { pairingFeature } from './pairing/index.ts';
import { privacyFeature } from './privacy/index.ts';
import { profileFeature } from './profile/index.ts';
import { reflectionsFeature } from './reflections/index.ts';
import { reportsFeature } from './reports/index.ts';
import { surveysFeature } from './surveys/index.ts';

export const features: readonly Feature[] = [
  cohortsFeature,
  membersFeature,
  profileFeature,
  checkinsFeature,
  reflectionsFeature,
  pairingFeature,
  gatheringsFeature,
  reportsFeature,
  accountFeature,
  helpFeature,
  privacyFeature,
  surveysFeature,
  networkFeature,
];
