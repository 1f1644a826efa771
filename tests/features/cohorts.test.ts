import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../helpers/scenario.ts';

describe('cohorts', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('lets a group admin create a cohort and shows it to everyone', async () => {
    const group = world.group('Lagos editors', { admins: ['alice'] });
    await group.as('alice').says('/cohort create "Lagos Editors" --languages en,yo --region "West Africa" --timezone africa/lagos');
    const created = group.expectBotSaid(/Cohort Lagos Editors created/);
    expect(created).toContain('Timezone: Africa/Lagos');
    expect(created).toContain('Languages: en, yo');
    await group.as('bob').says('/cohort');
    group.expectBotSaid(/Region: West Africa/);
  });
});
