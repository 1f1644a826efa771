// The rules of docs/privacy.md, as the code enforces them.

import { describe, expect, it } from 'vitest';
import { type DataKind, maySee, mayShowAggregate, type Reader, smallestGroupOf } from '../../src/core/privacy.ts';

const group: Reader = { kind: 'group', namesInGroup: false };
const namingGroup: Reader = { kind: 'group', namesInGroup: true };
const as = (relation: 'self' | 'mentor' | 'coordinator' | 'member'): Reader => ({ kind: 'private', relation });

describe('who may see what', () => {
  it('never posts private texts, preferences, exclusions or reasons to a group', () => {
    const neverInGroup: DataKind[] = [
      'about',
      'preferences',
      'avoid',
      'reflection-me',
      'reflection-mentor',
      'reflection-coordinators',
      'checkin-answer-private',
      'decline',
      'decline-reason',
      'survey-answer',
      'attendance',
    ];
    for (const kind of neverInGroup) {
      expect(maySee(kind, group), kind).toBe(false);
      expect(maySee(kind, namingGroup), kind).toBe(false);
    }
  });

  it('names who missed or is on a break in a group only when the cohort chose to', () => {
    expect(maySee('participation', group)).toBe(false);
    expect(maySee('participation', namingGroup)).toBe(true);
    expect(maySee('participation', as('coordinator'))).toBe(true);
    expect(maySee('participation', as('member'))).toBe(false);
  });

  it('keeps preferences and /avoid to the person themselves, even from coordinators', () => {
    for (const kind of ['preferences', 'avoid'] as const) {
      expect(maySee(kind, as('self'))).toBe(true);
      expect(maySee(kind, as('coordinator'))).toBe(false);
      expect(maySee(kind, as('mentor'))).toBe(false);
    }
  });

  it('follows a reflection visibility: mentor-only texts reach the mentor, not coordinators', () => {
    expect(maySee('reflection-mentor', as('mentor'))).toBe(true);
    expect(maySee('reflection-mentor', as('coordinator'))).toBe(false);
    expect(maySee('reflection-coordinators', as('coordinator'))).toBe(true);
    expect(maySee('reflection-coordinators', as('mentor'))).toBe(false);
    expect(maySee('reflection-me', as('coordinator'))).toBe(false);
    expect(maySee('reflection-cohort', group)).toBe(true);
  });

  it('shows decline reasons to coordinators in private only', () => {
    expect(maySee('decline-reason', as('coordinator'))).toBe(true);
    expect(maySee('decline-reason', as('member'))).toBe(false);
    expect(maySee('decline-reason', group)).toBe(false);
  });

  it('hides aggregates of fewer than five people', () => {
    expect(mayShowAggregate(4)).toBe(false);
    expect(mayShowAggregate(5)).toBe(true);
  });

  it('uses the cohort’s smallest group shown, never below 3', () => {
    expect(smallestGroupOf({ smallestGroup: 8 })).toBe(8);
    expect(smallestGroupOf({ smallestGroup: 1 })).toBe(3);
    expect(smallestGroupOf(null)).toBe(5);
    expect(mayShowAggregate(7, smallestGroupOf({ smallestGroup: 8 }))).toBe(false);
    expect(mayShowAggregate(3, smallestGroupOf({ smallestGroup: 3 }))).toBe(true);
    expect(mayShowAggregate(2, 1)).toBe(false);
  });
});
