// Build time: one page per workshop card and locale, for the room and for the presenter view.
import { getCatalog } from './catalog.ts';
import { builtLocales } from './config.ts';

export async function workshopPages() {
  const catalog = await getCatalog();
  return builtLocales.flatMap((locale) => catalog.workshops(locale).map((w) => ({ params: { locale, workshop: w.name }, props: { workshop: w.data } })));
}
