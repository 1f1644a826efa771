// Earlier rounds as the engine's history: how often each pair met, and the
// last round they did (a triad counts its three pairs).

import type { HistoryEntry } from './types.ts';

export interface RoundGroups {
  number: number;
  /** Each group's member ids. */
  groups: ReadonlyArray<readonly string[]>;
}

export function historyOfRounds(rounds: readonly RoundGroups[]): Array<readonly [string, string, HistoryEntry]> {
  const seen = new Map<string, [string, string, HistoryEntry]>();
  for (const round of rounds) {
    for (const group of round.groups) {
      const ids = [...group].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]} ${ids[j]}`;
          const entry = seen.get(key) ?? [ids[i]!, ids[j]!, { count: 0, lastRound: 0 }];
          entry[2].count++;
          entry[2].lastRound = round.number;
          seen.set(key, entry);
        }
      }
    }
  }
  return [...seen.values()];
}
