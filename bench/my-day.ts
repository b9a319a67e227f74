/** The My day request on a book served by the real HTTP host. */
import type { TeamLoad } from '../shared/model';
import type { RunningHost } from '../tests/fixtures/host-process';
import { rpc } from './clients-list';
import { time } from './stats';

export interface MyDayTimings {
  /** The member with the median number of open tasks: the target's "one user". */
  typical: { open: number; samples: number[] };
  /** The member with the most open tasks, for the trend: the answer grows with the rows it carries. */
  busiest: { open: number; samples: number[] };
}

async function timeFor(host: RunningHost, member: TeamLoad, runs: number): Promise<{ open: number; samples: number[] }> {
  // The first calls warm the host after opening the book; the steady state is what is measured.
  for (let i = 0; i < 20; i++) await rpc(host, 'tasks:myDay', { assigneeId: member.memberId });
  return { open: member.open, samples: await time(runs, () => rpc(host, 'tasks:myDay', { assigneeId: member.memberId })) };
}

/** `tasks:myDay` over HTTP, request to parsed response, for a typical and for the busiest member. */
export async function timeMyDay(host: RunningHost, runs: number): Promise<MyDayTimings> {
  const load = ((await rpc(host, 'tasks:teamLoad', {})) as TeamLoad[]).filter((member) => member.active && member.open > 0);
  load.sort((a, b) => a.open - b.open);
  return {
    typical: await timeFor(host, load[Math.floor(load.length / 2)]!, runs),
    busiest: await timeFor(host, load.at(-1)!, runs),
  };
}
