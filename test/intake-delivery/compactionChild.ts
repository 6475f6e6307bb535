import { FileOutbox } from '../../intake/delivery/fileOutbox';

/**
 * Child process of the SIGKILL compaction test: enqueues jobs and compacts the log in a loop
 * until it is killed. Prints each dossier id once its enqueue is durable (resolved).
 */
const [dir, round] = process.argv.slice(2) as [string, string];
const outbox = await FileOutbox.open(dir);
for (let i = 0; ; i++) {
  const id = `PI-2026-${round.padStart(2, '0')}${String(i).padStart(6, '0')}`;
  await outbox.enqueue(id, 'team-west');
  process.stdout.write(`${id}\n`);
  if (i % 5 === 0) await outbox.purgeOlderThan(new Date(0));
}
