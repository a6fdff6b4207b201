/**
 * Wraps an emulated host object so that reading a member the playground does
 * not emulate says so in the console (once per member) instead of failing
 * later with an unexplained "undefined is not a function".
 */
const warned = new Set<string>();

export function warnOnMissing<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (
        typeof property === 'string' &&
        !(property in object) &&
        property !== 'then' &&
        property !== 'toJSON'
      ) {
        const name = `${label}.${property}`;
        if (!warned.has(name)) {
          warned.add(name);
          console.warn(`[playground] ${name} is not emulated`);
        }
      }
      return Reflect.get(object, property, receiver) as unknown;
    },
  });
}
