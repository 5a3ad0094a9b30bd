import { getCatalog } from '../../course/catalog.ts';
import type { Person } from '../../schemas/cast.ts';

/** A member of the cast as a lesson names them (`<Line who>`, `<Quote who>`): their name and role in its language. */
export async function castPerson(locale: string, who: string, tag: string): Promise<Person> {
  const person = (await getCatalog()).person(locale, who);
  if (!person) throw new Error(`<${tag} who="${who}">: nobody of that id in content/cast/${locale}.json`);
  return person;
}
