/** A seeded generator, so jittered schedules are repeatable in tests. */
export { seededRandom as seeded } from '../../../dev/seeded-random';
