import { methods, type MethodName } from '../shared/api';
import { fail, type Result } from '../shared/result';
import type { HandlerTable } from './handlers';

const byChannel = new Map<string, MethodName>(
  Object.entries(methods).map(([name, spec]) => [spec.channel, name as MethodName]),
);

/** The method of that name (`listLetters`) or channel (`letters:list`), or null. */
export function methodByName(name: string): MethodName | null {
  return Object.hasOwn(methods, name) ? (name as MethodName) : methodForChannel(name);
}

/** The method behind a `noun:verb` channel, or null. */
export function methodForChannel(channel: string): MethodName | null {
  return byChannel.get(channel) ?? null;
}

/**
 * Parses an untrusted payload with the method's schema, runs the handler, and turns a thrown bug
 * into an `internal` result so that the transport always answers with a Result.
 */
export async function dispatch(
  table: HandlerTable,
  name: MethodName,
  payload: unknown,
  onBug: (error: unknown) => void = () => {},
): Promise<Result<unknown>> {
  const parsed = methods[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('bad-request', `Ongeldig verzoek voor ${methods[name].channel}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  try {
    const handler = table[name] as (request: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    onBug(error);
    return fail('internal', 'Er ging iets mis in Leeszaal. Probeer het opnieuw; blijft het gebeuren, kopieer dan de diagnose voor de helpdesk.');
  }
}
